import asyncio
async def waiter(name, f):
    v = await f
    print(name, "woke with", v)
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda _: print("cb before waiters"))
    ws = [asyncio.create_task(waiter(n, f)) for n in "abc"]
    await asyncio.sleep(0)
    f.add_done_callback(lambda _: print("cb after waiters"))
    loop.call_soon(print, "soon before set")
    f.set_result(1)
    loop.call_soon(print, "soon after set")
    print("set done")
    await asyncio.gather(*ws)
    t = asyncio.create_task(asyncio.sleep(0.1, "t"))
    t.add_done_callback(lambda _: print("task cb1"))
    ws2 = [asyncio.create_task(waiter(n, t)) for n in "xy"]
    t.add_done_callback(lambda _: print("task cb2"))
    await asyncio.gather(*ws2)
asyncio.run(main())
