import asyncio
async def quick():
    return "Q"
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda _: print("f cb"))
    loop.call_soon(print, "soon before set")
    f.set_result(1)
    v = await f
    print("awaited done future (callbacks pending)", v)
    await asyncio.sleep(0)
    print("after sleep0")
    t = asyncio.create_task(quick())
    t.add_done_callback(lambda _: print("t cb"))
    await asyncio.sleep(0)
    print("t done?", t.done())
    loop.call_soon(print, "soon after t done")
    r = await t
    print("awaited done task", r)
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
