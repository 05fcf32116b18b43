import asyncio
def boom():
    raise ValueError("in callback")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(boom)
    loop.call_soon(print, "next callback runs")
    f = loop.create_future()
    f.add_done_callback(lambda _: boom())
    f.add_done_callback(lambda _: print("second done cb runs"))
    f.set_result(1)
    await asyncio.sleep(0.1)
    print("main ends")
asyncio.run(main())
