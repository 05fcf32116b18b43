import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("ensure_future same", asyncio.ensure_future(f) is f)
    print("isfuture", asyncio.isfuture(f), asyncio.isfuture(1))
    t = asyncio.create_task(asyncio.sleep(0))
    print("ensure_future task same", asyncio.ensure_future(t) is t)
    await t
    print("sleep negative ->", await asyncio.sleep(-1, "neg"))
    h = loop.call_later(0.1, print, "fired")
    await asyncio.sleep(0.2)
    h.cancel()
    print("cancel after fire", h.cancelled())
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_exception, KeyError("late"))
    try:
        await asyncio.shield(fut)
    except KeyError as e:
        print("shield passes exception", type(e).__name__)
    done, pending = await asyncio.wait([fut], return_when=asyncio.FIRST_EXCEPTION)
    print("wait on failed future", len(done), len(pending))
    print("cancel done task", t.cancel(), "cancel done future", fut.cancel())
asyncio.run(main())
