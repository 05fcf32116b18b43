import asyncio
async def sleeper(name, d):
    await asyncio.sleep(d)
    print(name, "resumed")
async def fut_waiter(name, fut):
    print(name, "got", await fut)
async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(sleeper("T1", 0.1))
    await asyncio.sleep(0)
    loop.call_later(0.1, print, "timer X (after T1's sleep)")
    fut = loop.create_future()
    t2 = asyncio.create_task(fut_waiter("T2", fut))
    loop.call_later(0.1, fut.set_result, "v")
    loop.call_later(0.1, print, "timer Y")
    t3 = asyncio.create_task(sleeper("T3", 0.1))
    await asyncio.sleep(0.1)
    print("main resumed")
    await asyncio.gather(t1, t2, t3)
asyncio.run(main())
