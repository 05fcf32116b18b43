import asyncio
async def ok(n, d):
    try:
        await asyncio.sleep(d)
        print("ok finished", n)
        return n
    except asyncio.CancelledError:
        print("ok cancelled", n)
        raise
async def bad():
    await asyncio.sleep(0.1)
    print("bad raising")
    raise ValueError("bad")
async def main():
    a = asyncio.create_task(ok("a", 0.5))
    g = asyncio.gather(a, bad(), ok("b", 0.3))
    try:
        await g
    except ValueError as e:
        print("gather raised", e, "g.done", g.done(), "a.done", a.done())
    await asyncio.sleep(1)
    print("a result", a.result())
    print("g.exception", type(g.exception()).__name__)
asyncio.run(main())
