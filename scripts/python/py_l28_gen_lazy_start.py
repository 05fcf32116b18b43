import asyncio
async def g(name):
    print(name, "started")
    await asyncio.sleep(0)
    print(name, "resumed")
    return name
async def main():
    a = g("a")
    b = g("b")
    print("created both, none started")
    tb = asyncio.create_task(b)
    print("task for b created, not started yet")
    ta = asyncio.ensure_future(a)
    print("ensure_future for a")
    await asyncio.sleep(0)
    print("main after sleep0")
    c = g("c")
    print("await c directly ->", await c)
    print(await tb, await ta)
asyncio.run(main())
