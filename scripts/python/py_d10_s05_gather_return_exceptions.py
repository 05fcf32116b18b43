# gather(..., return_exceptions=True): errors come back in place of results, in order
import asyncio, time

async def work(i):
    await asyncio.sleep(0.1 * (5 - i))
    if i % 2:
        raise RuntimeError(f"job {i} failed")
    print("job", i, "ok")
    return i * 10

async def main():
    results = await asyncio.gather(*(work(i) for i in range(5)), return_exceptions=True)
    for i, r in enumerate(results):
        if isinstance(r, Exception):
            print(i, "error", type(r).__name__, str(r))
        else:
            print(i, "value", r)
    print("elapsed", round(time.perf_counter() - t0, 1))

t0 = time.perf_counter()
asyncio.run(main())
