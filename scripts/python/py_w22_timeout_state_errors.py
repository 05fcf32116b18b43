import asyncio
async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(loop.time() + 2)
    except RuntimeError as e:
        print("before enter:", e)
    print("expired before enter", cm.expired())
    async with cm:
        await asyncio.sleep(0.1)
    print("after exit expired", cm.expired())
    try:
        async with cm:
            print("re-entered (wrong)")
    except RuntimeError as e:
        print("re-enter:", e)
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("after exit:", e)
    cm2 = asyncio.timeout(0.1)
    try:
        async with cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    try:
        cm2.reschedule(None)
    except RuntimeError as e:
        print("after expire:", e)
    try:
        async with cm2:
            pass
    except RuntimeError as e:
        print("re-enter expired:", e)
asyncio.run(main())
