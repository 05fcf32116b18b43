import asyncio
async def slow(tag, d):
    try:
        await asyncio.sleep(d)
        print(tag, "finished")
        return tag
    except asyncio.CancelledError:
        print(tag, "cancelled")
        raise
    finally:
        print(tag, "finally")
async def boom():
    await asyncio.sleep(0.1)
    raise ValueError("inner boom")
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        await asyncio.wait_for(slow("A", 10), 1)
    except asyncio.TimeoutError:
        print("A timeout at", f"{loop.time() - t0:.1f}")
    print("B ->", await asyncio.wait_for(slow("B", 0.5), 1))
    try:
        await asyncio.wait_for(boom(), 1)
    except ValueError as e:
        print("C raised", e)
    print("D ->", await asyncio.wait_for(slow("D", 0.5), None))
    t = asyncio.create_task(slow("E", 0.1))
    await asyncio.sleep(0.2)
    print("E ->", await asyncio.wait_for(t, 0))
    print("elapsed", f"{loop.time() - t0:.1f}")
asyncio.run(main())
