import asyncio, random

async def worker(name, queue, results):
    while True:
        delay = await queue.get()
        await asyncio.sleep(delay)
        results.append((name, delay))
        print(f"{name} slept {delay:.2f}")
        queue.task_done()

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    queue = asyncio.Queue()
    for d in [0.3, 0.1, 0.2, 0.5, 0.1, 0.4, 0.2, 0.3]:
        queue.put_nowait(d)
    results = []
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, results)) for i in range(3)]
    started = loop.time()
    await queue.join()
    print(f"queue drained after {loop.time() - started:.2f}")
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("total", len(results), f"{loop.time() - t0:.2f}")

asyncio.run(main())
