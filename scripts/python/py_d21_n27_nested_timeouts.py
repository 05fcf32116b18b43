import asyncio
async def step(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    try:
        async with asyncio.timeout(0.3) as outer:
            try:
                r = await asyncio.wait_for(step("inner-fast", 0.1), timeout=0.2)
                print("got", r, round(loop.time()-t0, 1))
                r = await asyncio.wait_for(step("inner-slow", 0.5), timeout=0.5)
                print("got", r)
            except TimeoutError:
                print("inner handler (should not run)")
    except TimeoutError:
        print("outer expired at", round(loop.time()-t0, 1), outer.expired())
    try:
        async with asyncio.timeout(0.5):
            try:
                await asyncio.wait_for(step("short", 0.3), timeout=0.1)
            except TimeoutError:
                print("inner expired at", round(loop.time()-t0, 1))
            r = await step("after", 0.1)
            print("outer body finished", r, round(loop.time()-t0, 1))
    except TimeoutError:
        print("outer 2 expired (should not)")
asyncio.run(main())
