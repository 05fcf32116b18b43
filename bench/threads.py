# threads: four calls of a CPU-bound fib(N) through asyncio.to_thread, first one after another, then
# all at once with asyncio.gather; then the warm round trip of a trivial function. The GIL lets only one
# thread run Python at a time, so the speedup is about 1.0x.
# N is chosen so that one call takes about 1 s in CPython 3.11; `python3 threads.py N` overrides it.
# Prints: RESULT threads <sequential s> <parallel s> <speedup> <round-trip µs> <N>
import asyncio
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 34
CALLS = 4
TRIPS = 2000


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def echo(x):
    return x


def check(results):
    if len(results) != CALLS:
        raise SystemExit(f"threads: expected {CALLS} results, got {len(results)}")
    if any(r != results[0] for r in results):
        raise SystemExit(f"threads: results differ: {results}")


async def main():
    # Warm two workers of the default executor: two trivial calls at once.
    await asyncio.gather(asyncio.to_thread(echo, 0), asyncio.to_thread(echo, 1))

    t0 = time.perf_counter()
    seq = []
    for _ in range(CALLS):
        seq.append(await asyncio.to_thread(fib, N))
    sequential = time.perf_counter() - t0
    check(seq)

    t0 = time.perf_counter()
    par = await asyncio.gather(*(asyncio.to_thread(fib, N) for _ in range(CALLS)))
    parallel = time.perf_counter() - t0
    check(par)
    if par[0] != seq[0]:
        raise SystemExit(f"threads: parallel {par[0]} != sequential {seq[0]}")

    await asyncio.to_thread(echo, -1)
    t0 = time.perf_counter()
    total = 0
    for i in range(TRIPS):
        total += await asyncio.to_thread(echo, i)
    trips = time.perf_counter() - t0
    if total != TRIPS * (TRIPS - 1) // 2:
        raise SystemExit(f"threads: round-trip sum {total}")

    print(f"RESULT threads {sequential:.6f} {parallel:.6f} {sequential / parallel:.3f} "
          f"{trips * 1e6 / TRIPS:.3f} {N}")


asyncio.run(main())
