import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: f"{loop.time()-t0:.1f}"
    async with asyncio.timeout(None) as cm:
        print("none: when", cm.when(), "expired", cm.expired())
        await asyncio.sleep(0.1)
    print("none after", cm.expired())
    try:
        async with asyncio.timeout(5) as cm:
            print("when rel", f"{cm.when()-t0:.1f}")
            cm.reschedule(loop.time() - 1)
            print("rescheduled into past; expired", cm.expired())
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past reschedule fired", cm.expired(), el())
    try:
        async with asyncio.timeout_at(loop.time() + 1) as cm:
            cm.reschedule(cm.when() + 1)
            await asyncio.sleep(1.5)
            print("survived 1.5", el())
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired", el())
    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time())
            print("rescheduled to now; expired", cm.expired())
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("now reschedule fired", el())
asyncio.run(main())
