import asyncio
async def self_canceller():
    me = asyncio.current_task()
    print("cancel self ->", me.cancel("self"), "cancelling", me.cancelling())
    print("still running synchronously")
    try:
        await asyncio.sleep(0)
        print("not reached")
    except asyncio.CancelledError as e:
        print("self-cancel delivered at next await", repr(str(e)))
        raise
async def self_cancel_done_future():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    asyncio.current_task().cancel("self2")
    try:
        v = await f
        print("awaiting a done future after self-cancel ->", v)
        await asyncio.sleep(0)
        print("not reached 2")
    except asyncio.CancelledError as e:
        print("self2 delivered", repr(str(e)))
        return "swallowed"
async def cancels_in_done_cb():
    loop = asyncio.get_running_loop()
    victim = asyncio.create_task(asyncio.sleep(1))
    trigger = asyncio.create_task(asyncio.sleep(0.05))
    trigger.add_done_callback(lambda _: victim.cancel("from callback"))
    try:
        await victim
    except asyncio.CancelledError as e:
        print("victim cancelled from trigger's callback", repr(str(e)), "cancelling", asyncio.current_task().cancelling())
async def main():
    t = asyncio.create_task(self_canceller())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main: self_canceller", t.cancelled(), repr(str(e)))
    t = asyncio.create_task(self_cancel_done_future())
    print("main: self_cancel_done_future ->", await t, t.cancelled())
    await cancels_in_done_cb()
    # main task cancels itself inside a timeout block
    try:
        async with asyncio.timeout(1) as cm:
            asyncio.current_task().cancel("self in timeout")
            await asyncio.sleep(0.5)
    except asyncio.CancelledError as e:
        print("self cancel in timeout ->", repr(str(e)), cm.expired(), asyncio.current_task().uncancel())
    except TimeoutError:
        print("self cancel in timeout -> TimeoutError (wrong)")
asyncio.run(main())
