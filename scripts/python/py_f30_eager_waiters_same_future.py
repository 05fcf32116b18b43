import asyncio
async def waiter(name, fut):
    try:
        v = await fut
        print(name, "got", v, "in", asyncio.current_task().get_name())
    except asyncio.CancelledError:
        print(name, "cancelled in", asyncio.current_task().get_name())
        raise
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t1 = asyncio.create_task(waiter("w1", fut), name="n1")
    t2 = asyncio.create_task(waiter("w2", fut), name="n2")
    t3 = asyncio.create_task(waiter("w3", fut), name="n3")
    await asyncio.sleep(0)
    other = loop.create_future()
    t4 = asyncio.create_task(waiter("w4", other), name="n4")
    await asyncio.sleep(0)
    t4.cancel()
    loop.call_later(0.01, fut.set_result, "V")
    res = await asyncio.gather(t1, t2, t3, t4, return_exceptions=True)
    print([r if isinstance(r, str) or r is None else type(r).__name__ for r in res])
    print("other cancelled", other.cancelled())
asyncio.run(main())
