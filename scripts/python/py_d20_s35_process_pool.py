# ProcessPoolExecutor: map with two iterables, submit, run_in_executor from asyncio
import asyncio
import time
import builtins

def print(*a):
    builtins.print(*[("[ " + ", ".join(map(str, x)) + " ]" if isinstance(x, list) else x) for x in a])
from concurrent.futures import ProcessPoolExecutor

def power(base, exp):
    return base ** exp

def slow_square(x):
    time.sleep(0.05)
    return x * x

async def main(pool):
    loop = asyncio.get_running_loop()
    res = await asyncio.gather(*(loop.run_in_executor(pool, slow_square, i) for i in range(4)))
    print("run_in_executor", res)

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print("map", list(pool.map(power, [2, 3, 4], [10, 3, 2])))
        print("submit", pool.submit(power, 7, 2).result())
        asyncio.run(main(pool))
    print("done")
