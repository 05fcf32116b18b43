import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for label, make in [("timeout('1')", lambda: asyncio.timeout("1")),
                        ("timeout([1])", lambda: asyncio.timeout([1]))]:
        try:
            cm = make()
            print(label, "made")
            async with cm:
                await asyncio.sleep(0.01)
            print(label, "entered and left")
        except Exception as e:
            print(label, type(e).__name__)
    for d in [-1, 0]:
        try:
            async with asyncio.timeout(d):
                print("body runs with", d)
                await asyncio.sleep(0.01)
                print("not reached")
        except TimeoutError as e:
            print("timeout", d, type(e).__name__, round(loop.time() - t0, 2))
    cm = asyncio.timeout(None)
    async with cm:
        await asyncio.sleep(0.01)
    print("None never expires", cm.expired(), cm.when())
    async with asyncio.timeout(0.05) as cm:
        try:
            cm.reschedule("x")
        except TypeError as e:
            print("reschedule('x')", type(e).__name__)
        await asyncio.sleep(0.01)
    print("after reschedule attempt", cm.expired())
    cm = asyncio.timeout(1)
    async with cm:
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("nested re-enter:", type(e).__name__, e)
    print("done", round(loop.time() - t0, 2))
asyncio.run(main())
