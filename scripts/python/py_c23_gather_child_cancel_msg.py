import asyncio
async def w(d, v):
    await asyncio.sleep(d)
    return v
async def main():
    a = asyncio.create_task(w(1, "a"))
    b = asyncio.create_task(w(0.5, "b"))
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0.1)
    a.cancel("child-msg")
    res = await g
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in res])
    print("message", repr(str(res[0])))
    c = asyncio.create_task(w(1, "c"))
    d = asyncio.create_task(w(0.5, "d"))
    g2 = asyncio.gather(c, d)
    await asyncio.sleep(0.1)
    c.cancel("c-msg")
    try:
        await g2
    except asyncio.CancelledError as e:
        print("g2 raised", repr(str(e)), "g2.cancelled", g2.cancelled(), "d.done", d.done())
    print("d result", await d)
asyncio.run(main())
