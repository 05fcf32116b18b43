# Seed 003: gather of many coroutines with different sleeps; results in argument order
import asyncio, time

async def job(i, delay):
    print("start", i)
    await asyncio.sleep(delay)
    print("end", i, round(time.perf_counter() - t0, 2))
    return i * i

async def main():
    delays = [0.3, 0.1, 0.25, 0.05, 0.2, 0.15, 0.1, 0.3]
    results = await asyncio.gather(*[job(i, d) for i, d in enumerate(delays)])
    print(*results)
    print("total", round(time.perf_counter() - t0, 1))

t0 = time.perf_counter()
asyncio.run(main())
