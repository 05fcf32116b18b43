import asyncio
async def sleeper():
    await asyncio.sleep(1)
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    def cb(task):
        print("cb1: cancelled", task.cancelled())
        print("cb1 reading result ->", task.result())
    t.add_done_callback(cb)
    t.add_done_callback(lambda task: print("cb2 still runs"))
    loop.call_soon(lambda: (_ for _ in ()).throw(asyncio.CancelledError("in call_soon")))
    loop.call_soon(print, "after raising call_soon")
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: t cancelled")
    await asyncio.sleep(0)
    print("main continues, current cancelling", asyncio.current_task().cancelling())
    return "done"
print(asyncio.run(main()))
