# fanout: 100,000 tasks, each awaiting a 0.05 s sleep, gathered.
# Prints: RESULT fanout <elapsed s> <overhead µs per task>
# where overhead = (elapsed - DELAY) / N, the cost of one task beyond the sleep itself.
import asyncio
import time

N = 100_000
DELAY = 0.05


async def worker():
    await asyncio.sleep(DELAY)


async def main():
    t0 = time.perf_counter()
    tasks = [asyncio.create_task(worker()) for _ in range(N)]
    results = await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - t0
    if len(results) != N:
        raise SystemExit(f"fanout: expected {N} results, got {len(results)}")
    print(f"RESULT fanout {elapsed:.6f} {(elapsed - DELAY) * 1e6 / N:.3f}")


asyncio.run(main())
