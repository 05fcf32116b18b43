import asyncio
async def inner(tag, d):
    try:
        await asyncio.sleep(d)
        print(tag, "inner finished")
        return tag
    except asyncio.CancelledError:
        print(tag, "inner cancelled")
        raise
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: f"{loop.time()-t0:.1f}"
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
            print("body finished at deadline (wrong)")
    except TimeoutError:
        print("A timeout", el())
    t = asyncio.create_task(inner("B", 2))
    await asyncio.sleep(1)
    try:
        async with asyncio.timeout(1):
            print("B ->", await t)
    except TimeoutError:
        print("B timeout", el(), "t cancelled", t.cancelled())
    t = asyncio.create_task(inner("C", 2))
    await asyncio.sleep(1)
    try:
        print("C ->", await asyncio.wait_for(asyncio.shield(t), 1))
    except asyncio.TimeoutError:
        print("C timeout", el(), "t cancelled", t.cancelled())
    await asyncio.sleep(0)
    print("C t done", t.done())
asyncio.run(main())
