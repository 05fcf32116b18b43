import asyncio
async def child(n):
    try:
        await asyncio.sleep(n)
        print("child", n, "done")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.25):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child(0.1))
                tg.create_task(child(0.5))
                tg.create_task(child(1))
    except TimeoutError:
        print("TimeoutError after", f"{loop.time() - t0:.2f}")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(0.1))
            tg.create_task(asyncio.wait_for(child(1), 0.2))
    except* TimeoutError as eg:
        print("group of", [type(e).__name__ for e in eg.exceptions], f"{loop.time() - t0:.2f}")
asyncio.run(main())
