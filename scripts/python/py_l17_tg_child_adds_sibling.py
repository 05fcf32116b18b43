import asyncio
async def leaf(n):
    await asyncio.sleep(0.1 * n)
    print("leaf", n, "done")
    return n
async def spawner(tg):
    await asyncio.sleep(0.05)
    print("spawner adds leaf 3")
    t = tg.create_task(leaf(3))
    return [t]
async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(leaf(1))
        s = tg.create_task(spawner(tg))
        print("body done, waiting")
    print("group exit; spawned result", s.result()[0].result(), "a", a.result())
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(leaf(0))
        await t
        print("awaited inside body", t.result())
    print("end")
asyncio.run(main())
