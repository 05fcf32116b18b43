import asyncio
async def main():
    g = asyncio.gather(asyncio.sleep(0.1, "a"), asyncio.sleep(1, "b"))
    await asyncio.sleep(0.5)
    print("gather cancel ->", g.cancel(), "done", g.done())
    try:
        await g
    except asyncio.CancelledError:
        print("g cancelled", g.cancelled())
    t1 = asyncio.create_task(asyncio.sleep(0, "x"))
    t2 = asyncio.create_task(asyncio.sleep(0, "y"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("children done", t1.done(), t2.done())
    g2 = asyncio.gather(t1, t2)
    print("gather of done cancel ->", g2.cancel(), "done", g2.done())
    print("g2 result", await g2)
    g3 = asyncio.gather()
    print("empty gather done", g3.done(), "cancel ->", g3.cancel(), await g3)
asyncio.run(main())
