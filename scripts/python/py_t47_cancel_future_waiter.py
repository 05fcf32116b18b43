import asyncio
async def waiter(f):
    try:
        await f
    except asyncio.CancelledError:
        print("waiter cancelled; future cancelled:", f.cancelled())
        raise
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    t.cancel()
    print("future cancelled right away:", f.cancelled())
    await asyncio.sleep(0)
    print("t done", t.done())
    await asyncio.sleep(0)
    print("t cancelled", t.cancelled())
    g = loop.create_future()
    t2 = asyncio.create_task(waiter(g))
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("t2 cancelled", t2.cancelled(), "cancelling", t2.cancelling())
asyncio.run(main())
