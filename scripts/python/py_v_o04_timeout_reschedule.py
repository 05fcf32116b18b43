import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.1) as cm:
            print("when set", cm.when() is not None)
            await asyncio.sleep(0.05)
            cm.reschedule(loop.time() + 0.2)
            print("rescheduled")
            await asyncio.sleep(0.1)
            print("still inside", round(loop.time() - t0, 2))
            cm.reschedule(None)
            await asyncio.sleep(0.3)
            print("no deadline", round(loop.time() - t0, 2), cm.expired())
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("timed out", round(loop.time() - t0, 2), cm.expired())
asyncio.run(main())
