import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    w = asyncio.wrap_future(f)
    print("wrap_future same object", w is f)
    t = asyncio.create_task(asyncio.sleep(0.01, "t"))
    print("wrap_future of task same", asyncio.wrap_future(t) is t)
    loop.call_later(0.02, f.set_result, "F")
    print(await w, await t)
asyncio.run(main())
