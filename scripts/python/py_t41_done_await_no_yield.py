import asyncio
async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)
async def quick():
    return 1
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("f")
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    o = asyncio.create_task(other())
    print("await done future", await f)
    print("await done task", await t)
    print("await coroutine", await quick())
    print("before yield")
    await asyncio.sleep(0)
    print("after yield")
    await o
asyncio.run(main())
