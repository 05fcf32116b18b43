import asyncio
async def waiter(fut):
    try:
        return await fut
    except asyncio.CancelledError:
        print("waiter cancelled; fut cancelled", fut.cancelled())
        raise
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, "late value")
    loop.call_later(0.05, print, "timer after the failing one runs")
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
    await asyncio.sleep(0.1)
    print("fut still cancelled", fut.cancelled())
    return "ok"
print(asyncio.run(main()))
