# switch: one task awaiting asyncio.sleep(0) 1,000,000 times.
# Prints: RESULT switch <elapsed s> <µs per switch>
import asyncio
import time

N = 1_000_000


async def main():
    t0 = time.perf_counter()
    for _ in range(N):
        await asyncio.sleep(0)
    elapsed = time.perf_counter() - t0
    print(f"RESULT switch {elapsed:.6f} {elapsed * 1e6 / N:.3f}")


asyncio.run(main())
