import asyncio
async def w():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        loop = asyncio.get_running_loop()
        print("w cancelled", repr(str(e)), "at", round(loop.time() - start, 1))
        raise
async def main():
    global start
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(w())
    h = loop.call_later(0.3, t.cancel, "timer")
    h2 = loop.call_later(0.2, t.cancel, "cancelled-handle")
    h2.cancel()
    loop.call_soon(print, "soon before cancel fires")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main", repr(str(e)), h.cancelled(), h2.cancelled())
asyncio.run(main())
