import asyncio
async def bad(n, d):
    await asyncio.sleep(d)
    print("raising", n)
    raise ValueError(f"e{n}")
async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn cancelled, cleaning up")
        await asyncio.sleep(0.2)
        print("stubborn cleanup done")
        raise ValueError("cleanup failed")
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1, 0.1))
            tg.create_task(bad(2, 0.1))
            tg.create_task(stubborn())
            tg.create_task(bad(3, 0.3))
    except* ValueError as eg:
        print("errors:", sorted(str(e) for e in eg.exceptions), f"{loop.time()-t0:.1f}")
asyncio.run(main())
