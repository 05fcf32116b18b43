# Semaphore limiting concurrency to 3 of 8 jobs; track max concurrency and timeline
import asyncio

running = 0
peak = 0

async def job(sem, i, t0):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        loop = asyncio.get_running_loop()
        print(f"job {i} start {loop.time() - t0:.2f} running {running}")
        await asyncio.sleep(0.1 + (i % 3) * 0.05)
        running -= 1
        print(f"job {i} end {loop.time() - t0:.2f}")
    return i

async def main():
    sem = asyncio.Semaphore(3)
    t0 = asyncio.get_running_loop().time()
    results = await asyncio.gather(*(job(sem, i, t0) for i in range(8)))
    print("results", sum(results), "peak", peak, "locked", str(sem.locked()).lower())
    print(f"elapsed {asyncio.get_running_loop().time() - t0:.2f}")

asyncio.run(main())
