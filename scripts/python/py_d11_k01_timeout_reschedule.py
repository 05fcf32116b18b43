import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: round(loop.time() - t0, 2)
    # shrink the deadline while inside
    try:
        async with asyncio.timeout(10) as cm:
            print("when set", cm.when() is not None, "expired", cm.expired())
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() + 0.05)
            print("rescheduled at", el())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("A timeout at", el(), "expired", cm.expired(), type(e.__cause__).__name__)
    # extend the deadline
    t0 = loop.time()
    async with asyncio.timeout(0.1) as cm:
        cm.reschedule(loop.time() + 0.5)
        await asyncio.sleep(0.3)
        print("B survived", el(), "expired", cm.expired())
    # disable with reschedule(None)
    t0 = loop.time()
    async with asyncio.timeout(0.1) as cm:
        cm.reschedule(None)
        print("when now", cm.when())
        await asyncio.sleep(0.3)
    print("C survived", el(), cm.expired())
    # reschedule into the past
    t0 = loop.time()
    try:
        async with asyncio.timeout(5) as cm:
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() - 1)
            print("after past reschedule, before await")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("D timeout at", el(), cm.expired())
    # reschedule after expiry -> error
    try:
        cm.reschedule(loop.time() + 1)
    except RuntimeError as e:
        print("E", type(e).__name__, e)
    # timeout_at
    t0 = loop.time()
    try:
        async with asyncio.timeout_at(loop.time() + 0.2) as cm:
            await asyncio.sleep(0.1)
            print("F mid", el())
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("F timeout at", el(), cm.expired())
asyncio.run(main())
