import asyncio
async def w(n, d):
    try:
        await asyncio.sleep(d)
        print("done", n)
        return n
    except asyncio.CancelledError:
        print("cancelled", n)
        raise
async def main():
    a = asyncio.create_task(w("a", 1))
    b = asyncio.create_task(w("b", 0.1))
    c = asyncio.create_task(w("c", 2))
    g1 = asyncio.gather(a, b)
    g2 = asyncio.gather(c)
    outer = asyncio.gather(g1, g2)
    await asyncio.sleep(0.5)
    print("cancel ->", outer.cancel())
    print("states", g1.done(), g2.done(), outer.done())
    try:
        await outer
    except asyncio.CancelledError:
        print("outer raised CancelledError")
    print("outer", outer.done(), outer.cancelled())
    print("g1", g1.done(), g1.cancelled(), "g2", g2.done(), g2.cancelled())
    print("a", a.cancelled(), "b", b.cancelled(), b.result(), "c", c.cancelled())
    print("cancel again ->", outer.cancel(), g1.cancel())
asyncio.run(main())
