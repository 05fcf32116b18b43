import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    cm = asyncio.timeout(1)
    print("when before enter", f"{cm.when() - t0:.1f}")
    try:
        async with cm:
            await asyncio.sleep(2)
    except TimeoutError:
        print("expired", cm.expired())
    try:
        cm.reschedule(loop.time() + 5)
    except RuntimeError as e:
        print("reschedule after exit:", e)
    async with asyncio.timeout(1) as cm2:
        cm2.reschedule(None)
        await asyncio.sleep(2)
        print("no deadline, slept", f"{loop.time() - t0:.1f}")
    async with asyncio.timeout(10) as cm3:
        cm3.reschedule(loop.time() + 0.5)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled by rescheduled deadline")
            cm3.reschedule(loop.time() + 1)
            print("rescheduled inside expiring")
            raise
asyncio.run(main())
