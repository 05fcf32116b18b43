import asyncio
async def waiter(name, fut):
    print(name, "waits")
    v = await fut
    print(name, "got", v)
    return name + ":" + str(v)
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("w1", "w2", "w3")]
    loop.call_later(0.1, fut.set_result, 42)
    loop.call_later(0.1, print, "second timer at same time")
    fut.add_done_callback(lambda f: print("done cb", f.result()))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("done cb added after waiters"))
    v = await fut
    print("main got", v)
    print(", ".join(await asyncio.gather(*tasks)))
asyncio.run(main())
