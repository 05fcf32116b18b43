import asyncio
async def victim(kind):
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    done = loop.create_future(); done.set_result("d")
    me.cancel(kind)
    print(kind, "awaiting done future ->", await done)
    print(kind, "still running, cancelling", me.cancelling())
    try:
        if kind == "sleep0":
            await asyncio.sleep(0)
        elif kind == "sleep":
            await asyncio.sleep(0.1)
        elif kind == "future":
            f = loop.create_future()
            loop.call_soon(print, kind, "soon cb runs")
            await f
        elif kind == "task":
            t = asyncio.create_task(asyncio.sleep(0.1, "inner"))
            await t
            print(kind, "inner task result arrives", t.result())
        print(kind, "not cancelled?!")
    except asyncio.CancelledError as e:
        print(kind, "CancelledError", repr(str(e)))
        raise
async def main():
    for kind in ("sleep0", "sleep", "future", "task"):
        t = asyncio.create_task(victim(kind))
        try:
            await t
        except asyncio.CancelledError:
            print(kind, "task cancelled", t.cancelled())
        await asyncio.sleep(0.2)
asyncio.run(main())
