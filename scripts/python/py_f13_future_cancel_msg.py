import asyncio
async def waiter(f):
    try:
        await f
    except asyncio.CancelledError as e:
        print("waiter got CancelledError", repr(str(e)), e.args)
        t = asyncio.current_task()
        print("waiter task cancelling", t.cancelling())
        raise
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("cb: cancelled", fut.cancelled(), "done", fut.done()))
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    print("cancel ->", f.cancel("stop it"))
    print("cancel again ->", f.cancel("again"))
    print("done/cancelled", f.done(), f.cancelled())
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("exception() raises", repr(str(e)))
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result() raises", repr(str(e)))
    try:
        await t
    except asyncio.CancelledError as e:
        print("await t raises", repr(str(e)), "t.cancelled", t.cancelled())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set_result on cancelled:", type(e).__name__)
    g = loop.create_future()
    g.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("no msg:", repr(str(e)), e.args)
asyncio.run(main())
