import asyncio
async def worker(name, n, fut):
    loop = asyncio.get_running_loop()
    for i in range(n):
        loop.call_soon(print, f"{name}-soon{i}")
        if i == 1 and name == "B":
            fut.set_result(name)
            print("B set fut")
        await asyncio.sleep(0)
        print(f"{name}-step{i}")
async def fwait(fut):
    print("fwait got", await fut)
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fw = asyncio.create_task(fwait(fut))
    ts = [asyncio.create_task(worker(n, 3, fut)) for n in "ABC"]
    await asyncio.gather(fw, *ts)
asyncio.run(main())
