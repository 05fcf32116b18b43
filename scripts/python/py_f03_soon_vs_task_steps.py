import asyncio
async def worker(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    print(name, "done")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    t1 = asyncio.create_task(worker("A", 2))
    loop.call_soon(print, "soon 2")
    t2 = asyncio.create_task(worker("B", 2))
    loop.call_soon(lambda: (print("soon 3 schedules soon 4"), loop.call_soon(print, "soon 4")))
    print("main before sleep")
    await asyncio.sleep(0)
    print("main after sleep 1")
    loop.call_soon(print, "soon 5")
    await asyncio.sleep(0)
    print("main after sleep 2")
    await t1
    await t2
    print("end")
asyncio.run(main())
