import asyncio
async def w(n, d):
    await asyncio.sleep(d)
    return n
async def selfcancel():
    await asyncio.sleep(0.1)
    raise asyncio.CancelledError("self")
def show(x):
    return f"{type(x).__name__}({str(x)!r})" if isinstance(x, BaseException) else repr(x)
async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(w("a", 1))
    b = asyncio.create_task(w("b", 0.2))
    f = loop.create_future()
    sc = asyncio.create_task(selfcancel())
    g = asyncio.gather(a, b, f, sc, return_exceptions=True)
    await asyncio.sleep(0.3)
    print("a.cancel ->", a.cancel("bye"), "f.cancel ->", f.cancel())
    r = await g
    print(*[show(x) for x in r])
    print("g", g.done(), g.cancelled(), "sc", sc.cancelled())
    a2 = asyncio.create_task(w("a2", 1))
    g2 = asyncio.gather(a2, w("b2", 2))
    await asyncio.sleep(0.1)
    a2.cancel("child msg")
    try:
        await g2
    except asyncio.CancelledError as e:
        print("g2 raised", show(e), "g2.cancelled", g2.cancelled())
    await asyncio.sleep(2)
asyncio.run(main())
