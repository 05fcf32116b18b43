# Seed 000 "多进程": run_in_executor with a ProcessPoolExecutor for CPU-bound work, alongside a thread pool
import asyncio, time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def cpu(n):
    return sum(i * i for i in range(n))

def io(n):
    time.sleep(0.1)
    return f"io{n}"

async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pp, ThreadPoolExecutor() as tp:
        futs = [loop.run_in_executor(pp, cpu, n) for n in (10, 100, 1000)]
        futs += [loop.run_in_executor(tp, io, n) for n in (1, 2)]
        print(*await asyncio.gather(*futs))
        try:
            await loop.run_in_executor(pp, cpu, "x")
        except TypeError as e:
            print("TypeError from process")

if __name__ == "__main__":
    asyncio.run(main())
