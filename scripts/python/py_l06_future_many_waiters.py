import asyncio
async def waiter(name, fut):
    print(name, "waiting")
    try:
        v = await fut
        print(name, "got", v)
    except Exception as e:
        print(name, "raised", type(e).__name__, e)
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ts = [asyncio.create_task(waiter(f"w{i}", fut)) for i in range(3)]
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("user cb after waiters registered"))
    loop.call_soon(print, "soon before set")
    fut.set_result("R")
    loop.call_soon(print, "soon after set")
    print("set_result returned")
    await asyncio.gather(*ts)
    fut2 = loop.create_future()
    ts = [asyncio.create_task(waiter(f"x{i}", fut2)) for i in range(2)]
    await asyncio.sleep(0)
    fut2.set_exception(ValueError("shared"))
    await asyncio.gather(*ts)
    print("late await", await fut)
asyncio.run(main())
