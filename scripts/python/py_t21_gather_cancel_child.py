import asyncio
async def w(n, d):
    await asyncio.sleep(d)
    print("w done", n)
    return n
async def main():
    a = asyncio.create_task(w(1, 1))
    b = asyncio.create_task(w(2, 0.5))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.1)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; g.cancelled", g.cancelled(), "b.done", b.done())
    await asyncio.sleep(1)
    c = asyncio.create_task(w(3, 1))
    d = asyncio.create_task(w(4, 0.5))
    g2 = asyncio.gather(c, d, return_exceptions=True)
    await asyncio.sleep(0.1)
    c.cancel()
    r = await g2
    print([type(x).__name__ for x in r])
asyncio.run(main())
