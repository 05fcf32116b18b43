import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda _: print("cb1"))
    f.set_result(1)
    loop.call_soon(print, "soon")
    f.add_done_callback(lambda _: print("cb2"))
    await asyncio.sleep(0)
asyncio.run(main())
