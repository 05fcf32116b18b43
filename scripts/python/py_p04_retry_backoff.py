import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

class TransientError(Exception):
    pass

attempts = {}

async def flaky_fetch(name, fail_times, latency):
    n = attempts.get(name, 0) + 1
    attempts[name] = n
    print(el(), f"{name}: attempt {n}")
    await asyncio.sleep(latency[n - 1])
    if n <= fail_times:
        raise TransientError(f"{name} failed on attempt {n}")
    return f"{name}-data"

async def with_retries(name, fail_times, latency, retries=4, timeout=0.27):
    delay = 0.1
    for attempt in range(1, retries + 1):
        try:
            return await asyncio.wait_for(flaky_fetch(name, fail_times, latency), timeout)
        except asyncio.TimeoutError:
            print(el(), f"{name}: timed out")
        except TransientError as e:
            print(el(), f"{name}: error: {e}")
        if attempt == retries:
            break
        print(el(), f"{name}: backing off {delay:.1f}s")
        await asyncio.sleep(delay)
        delay *= 2
    raise RuntimeError(f"{name}: giving up")

async def main():
    results = await asyncio.gather(
        with_retries("alpha", 2, [0.06, 0.06, 0.06]),
        with_retries("beta", 0, [0.5, 0.1, 0.5]),
        with_retries("gamma", 9, [0.02, 0.02, 0.02, 0.02]),
        return_exceptions=True,
    )
    for r in results:
        print(el(), "result:", r if isinstance(r, str) else f"{type(r).__name__}: {r}")

asyncio.run(main())
