import asyncio

attempts = {}

async def flaky(name, fail_times):
    attempts[name] = attempts.get(name, 0) + 1
    await asyncio.sleep(0.1)
    if attempts[name] <= fail_times:
        raise ConnectionError(f"{name} failed attempt {attempts[name]}")
    return f"{name} ok after {attempts[name]}"

async def with_retry(name, fail_times, retries=3, base=0.2):
    for attempt in range(retries):
        try:
            return await flaky(name, fail_times)
        except ConnectionError as e:
            wait = base * 2 ** attempt
            print(f"{e}; retrying in {wait:.1f}")
            await asyncio.sleep(wait)
    raise RuntimeError(f"{name} gave up")

async def child(n):
    await asyncio.sleep(0.05 * n)
    print("child", n, "done")
    return n

async def parent():
    kids = [asyncio.create_task(child(i)) for i in range(3, 0, -1)]
    return sum(await asyncio.gather(*kids))

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(with_retry("a", 0), with_retry("b", 2), with_retry("c", 5), parent(), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    try:
        async with asyncio.timeout(0.3):
            await asyncio.gather(child(2), child(10))
    except TimeoutError:
        print("group timed out")
    print(f"{loop.time() - t0:.2f}")

asyncio.run(main())
