import asyncio
async def child():
    try:
        await asyncio.sleep(0.5)
        print("child finished")
        return "c"
    except asyncio.CancelledError:
        print("child cancelled")
        raise
async def waiter(ts):
    try:
        await asyncio.wait(ts)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise
async def main():
    c = asyncio.create_task(child())
    w = asyncio.create_task(waiter([c]))
    await asyncio.sleep(0.1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled", w.cancelled(), "c done", c.done())
    print("c result", await c)
asyncio.run(main())
