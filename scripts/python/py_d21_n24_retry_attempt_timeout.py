import asyncio
calls = 0
async def unreliable():
    global calls
    calls += 1
    d = [0.5, 0.3, 0.05][min(calls - 1, 2)]
    await asyncio.sleep(d)
    return f"answer from call {calls}"
async def with_retries(t0, loop, attempts=4, per_try=0.1, backoff=0.05):
    for i in range(attempts):
        try:
            return await asyncio.wait_for(unreliable(), timeout=per_try)
        except asyncio.TimeoutError:
            wait = backoff * 2 ** i
            print(f"attempt {i+1} timed out at {round(loop.time()-t0, 2)}, backing off {wait}")
            await asyncio.sleep(wait)
    raise RuntimeError("gave up")
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    r = await with_retries(t0, loop)
    print(r, "at", round(loop.time()-t0, 2))
asyncio.run(main())
