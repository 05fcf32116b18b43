import asyncio
class Flaky(Exception):
    pass
attempts = {}
async def call(name, fail_times):
    attempts[name] = attempts.get(name, 0) + 1
    await asyncio.sleep(0.01)
    if attempts[name] <= fail_times:
        raise Flaky(f"{name} attempt {attempts[name]} failed")
    return f"{name} ok after {attempts[name]}"
async def retry(name, fail_times, t0, loop, max_tries=4, base=0.05):
    delay = base
    for i in range(1, max_tries + 1):
        try:
            r = await call(name, fail_times)
            print(f"[{round(loop.time()-t0, 2)}] {r}")
            return r
        except Flaky as e:
            print(f"[{round(loop.time()-t0, 2)}] {e}; retry in {delay}")
            if i == max_tries:
                raise
            await asyncio.sleep(delay)
            delay *= 2
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    res = await asyncio.gather(retry("a", 0, t0, loop), retry("b", 2, t0, loop), retry("c", 5, t0, loop), return_exceptions=True)
    for r in res:
        print(type(r).__name__, r)
asyncio.run(main())
