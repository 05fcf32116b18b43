import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: f"{loop.time()-t0:.1f}"
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner caught timeout (wrong)")
            print("after inner (wrong)")
    except TimeoutError:
        print("outer timeout", el(), outer.expired(), inner.expired())
    try:
        async with asyncio.timeout(5) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner timeout", el(), inner.expired(), outer.expired())
            await asyncio.sleep(1)
            print("outer continues", el())
    except TimeoutError:
        print("outer timeout (wrong)")
    try:
        async with asyncio.timeout_at(loop.time() + 0.5) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired", el(), cm.expired())
    try:
        async with asyncio.timeout(0):
            print("inside timeout(0)")
            await asyncio.sleep(0)
            print("after sleep0 (wrong)")
    except TimeoutError:
        print("timeout(0) expired", el())
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("inside past timeout_at")
            await asyncio.sleep(0.1)
    except TimeoutError:
        print("past expired", el())
asyncio.run(main())
