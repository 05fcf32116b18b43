import asyncio

async def body(tag, d):
    me = asyncio.current_task()
    cm = asyncio.timeout(d)
    try:
        async with cm:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print(tag, "inner cancelled; cancelling", me.cancelling())
                raise
    except TimeoutError:
        print(tag, "TimeoutError; cancelling", me.cancelling(), "expired", cm.expired())
        return "timeout"
    except asyncio.CancelledError:
        print(tag, "CancelledError out of timeout; cancelling", me.cancelling(), "expired", cm.expired())
        raise

async def swallow_then_timeout(tag):
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0.3):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print(tag, "first cancel; uncancel ->", me.uncancel())
            await asyncio.sleep(10)
    except TimeoutError:
        print(tag, "later TimeoutError; cancelling", me.cancelling())
    return "ok"

async def main():
    # external cancel before timeout fires
    t = asyncio.create_task(body("A", 0.5))
    await asyncio.sleep(0.1)
    t.cancel()
    print("A", (await asyncio.gather(t, return_exceptions=True))[0].__class__.__name__)
    # external cancel at the same moment as the timeout (cancel after timer fired, before task ran)
    t = asyncio.create_task(body("B", 0.1))
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    loop.call_later(0.1, lambda: (print("external cancel"), t.cancel()))
    r = (await asyncio.gather(t, return_exceptions=True))[0]
    print("B", r if isinstance(r, str) else r.__class__.__name__, "cancelled", t.cancelled())
    # timeout fired, task uncancels nothing; external cancel arrives later
    t = asyncio.create_task(swallow_then_timeout("C"))
    await asyncio.sleep(0.1)
    t.cancel()
    print("C", await t, "cancelling", t.cancelling())
    # timeout with pre-existing cancellation count
    async def pre():
        me = asyncio.current_task()
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("D caught cancel, cancelling", me.cancelling())
        try:
            async with asyncio.timeout(0.1):
                await asyncio.sleep(1)
        except TimeoutError:
            print("D TimeoutError despite cancelling", me.cancelling())
        return "D-done"
    t = asyncio.create_task(pre())
    await asyncio.sleep(0.05)
    t.cancel()
    print("D", await t, t.cancelling())

asyncio.run(main())
