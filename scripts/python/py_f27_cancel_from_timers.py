import asyncio
async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "slept")
    except asyncio.CancelledError as e:
        print(name, "cancelled", repr(str(e)), "at", round(asyncio.get_running_loop().time() - T0, 2))
        raise
async def fwait(name, f):
    try:
        print(name, "got", await f)
    except asyncio.CancelledError as e:
        print(name, "future cancelled", repr(str(e)), "task cancelling", asyncio.current_task().cancelling())
        return "absorbed"
async def main():
    global T0
    loop = asyncio.get_running_loop()
    T0 = loop.time()
    a = asyncio.create_task(sleeper("A", 1))
    b = asyncio.create_task(sleeper("B", 0.1))
    loop.call_later(0.05, a.cancel, "timer msg")
    h = loop.call_later(0.07, b.cancel, "never")
    f = loop.create_future()
    c = asyncio.create_task(fwait("C", f))
    loop.call_later(0.03, f.cancel, "fut msg")
    await asyncio.sleep(0.06)
    h.cancel()
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
asyncio.run(main())
