import asyncio
async def crawl(i, t0, loop):
    try:
        await asyncio.sleep(0.1 * i)
        print(f"crawl {i} ok at {round(loop.time()-t0, 1)}")
        return i
    except asyncio.CancelledError:
        print(f"crawl {i} cancelled at {round(loop.time()-t0, 1)}")
        raise
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    tasks = []
    try:
        async with asyncio.timeout(0.36):
            async with asyncio.TaskGroup() as tg:
                for i in range(1, 6):
                    tasks.append(tg.create_task(crawl(i, t0, loop)))
    except TimeoutError:
        print("overall timeout at", round(loop.time()-t0, 2))
    print("results", [t.result() if not t.cancelled() else None for t in tasks])
asyncio.run(main())
