import asyncio
async def child(n, d):
    try:
        await asyncio.sleep(d)
        print("child", n, "done")
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child("a", 0.2))
        b = tg.create_task(child("b", 0.3))
        await asyncio.sleep(0.1)
        print("body cancels b:", b.cancel())
    print("group ok; a", a.result(), "b cancelled", b.cancelled())
    async with asyncio.TaskGroup() as tg:
        c = tg.create_task(child("c", 0.1))
        c.cancel()
        print("cancelled c before it ran")
    print("second group ok", c.cancelled())
asyncio.run(main())
