# pingpong: a producer and a consumer pass 200,000 items through asyncio.Queue(1).
# Prints: RESULT pingpong <elapsed s> <µs per item>
import asyncio
import time

N = 200_000


async def producer(q):
    for i in range(N):
        await q.put(i)


async def consumer(q):
    total = 0
    for _ in range(N):
        total += await q.get()
    return total


async def main():
    q = asyncio.Queue(1)
    t0 = time.perf_counter()
    _, total = await asyncio.gather(
        asyncio.create_task(producer(q)), asyncio.create_task(consumer(q))
    )
    elapsed = time.perf_counter() - t0
    if total != N * (N - 1) // 2:
        raise SystemExit(f"pingpong: wrong sum {total}")
    print(f"RESULT pingpong {elapsed:.6f} {elapsed * 1e6 / N:.3f}")


asyncio.run(main())
