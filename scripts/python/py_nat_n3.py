import asyncio

async def fetch(sem, i, t0, loop):
    async with sem:
        print(f"start {i} at {loop.time() - t0:.1f}")
        await asyncio.sleep(1)
        print(f"end {i} at {loop.time() - t0:.1f}")
        return i * i

async def ticker(stop, t0, loop):
    n = 0
    while not stop.is_set():
        print(f"tick {n} at {loop.time() - t0:.1f}")
        n += 1
        try:
            await asyncio.wait_for(stop.wait(), 0.7)
        except asyncio.TimeoutError:
            pass
    print("ticker stopped")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    sem = asyncio.Semaphore(2)
    stop = asyncio.Event()
    tick = asyncio.create_task(ticker(stop, t0, loop))
    results = await asyncio.gather(*(fetch(sem, i, t0, loop) for i in range(5)))
    stop.set()
    await tick
    print(results, f"{loop.time() - t0:.1f}")

asyncio.run(main())
