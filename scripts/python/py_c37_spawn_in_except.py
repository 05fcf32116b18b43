import asyncio
async def cleanup(n):
    await asyncio.sleep(0.2)
    print("cleanup", n, "ran in", asyncio.current_task().get_name())
    return n * 10
async def w():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("w cancelled, cancelling", me.cancelling())
        r = await asyncio.create_task(cleanup(1), name="cl")
        print("w got cleanup result", r, "still cancelling", me.cancelling())
        r2 = await asyncio.gather(cleanup(2), cleanup(3))
        print("w gathered", r2)
        raise
async def main():
    t = asyncio.create_task(w(), name="W")
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
asyncio.run(main())
