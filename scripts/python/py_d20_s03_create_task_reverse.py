# create_task then await in reverse order; elapsed per step
import asyncio
import time
import builtins

def print(*a):
    builtins.print(*[str(x).lower() if isinstance(x, bool) else x for x in a])

async def real_async(n):
    print("this is real async func", n)
    s = time.time()
    await asyncio.sleep(n)
    print(f"end sleep {n}: {time.time() - s:.1f}")
    return int(n * 10)

async def do_it():
    print("invoke real async")
    start = time.time()
    t1 = asyncio.create_task(real_async(0.1))
    t2 = asyncio.create_task(real_async(0.3))
    t3 = asyncio.create_task(real_async(0.2))
    await asyncio.sleep(0)
    print("created", t1.done(), t2.done(), t3.done())
    r3 = await t3
    print("t3", r3, t1.done(), t2.done(), f"{time.time() - start:.1f}")
    r2 = await t2
    print("t2", r2, f"{time.time() - start:.1f}")
    r1 = await t1
    print("t1", r1, f"{time.time() - start:.1f}")

asyncio.run(do_it())
