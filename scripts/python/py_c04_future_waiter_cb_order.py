import asyncio
async def waiter(f):
    try:
        return await f
    except asyncio.CancelledError as e:
        print("waiter cancelled", repr(str(e)), "future cancelled", f.cancelled())
        raise
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("future cb, cancelled =", fut.cancelled()))
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    f.add_done_callback(lambda fut: print("late future cb"))
    print("cancel ->", t.cancel("stop"))
    print("f.cancelled right after", f.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(str(e)))
    g = loop.create_future()
    t2 = asyncio.create_task(waiter(g))
    await asyncio.sleep(0)
    g.cancel("gone")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("main got", repr(str(e)), t2.cancelled(), t2.cancelling())
asyncio.run(main())
