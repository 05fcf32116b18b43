import asyncio
def boom(tag):
    print("boom", tag)
    raise ValueError(tag)
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "cs1")
    loop.call_soon(boom, "cs2")
    loop.call_soon(print, "cs3")
    f = loop.create_future()
    f.add_done_callback(lambda _: print("cb1"))
    f.add_done_callback(lambda _: boom("cb2"))
    f.add_done_callback(lambda fut: print("cb3", fut.result()))
    f.set_result("R")
    print("main before sleep")
    await asyncio.sleep(0)
    print("main after sleep0")
    await asyncio.sleep(0)
    print("main after 2nd sleep0")
    # error in a done callback of a failing task
    async def failing():
        await asyncio.sleep(0.1)
        raise KeyError("task")
    t = asyncio.create_task(failing())
    t.add_done_callback(lambda tt: boom("task cb " + type(tt.exception()).__name__))
    t.add_done_callback(lambda tt: print("second task cb ok"))
    try:
        await t
    except KeyError as e:
        print("awaited", type(e).__name__, str(e))
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
