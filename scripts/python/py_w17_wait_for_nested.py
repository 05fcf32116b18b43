import asyncio
async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: f"{loop.time()-t0:.1f}"
    try:
        await asyncio.wait_for(asyncio.wait_for(inner(), 2), 1)
    except asyncio.TimeoutError:
        print("outer-first: TimeoutError", el())
    try:
        await asyncio.wait_for(asyncio.wait_for(inner(), 1), 2)
    except asyncio.TimeoutError:
        print("inner-first: TimeoutError", el())
    t = asyncio.create_task(inner())
    try:
        await asyncio.wait_for(asyncio.gather(t, asyncio.sleep(5)), 0.5)
    except asyncio.TimeoutError:
        print("gather timed out", el(), "t cancelled", t.cancelled())
asyncio.run(main())
