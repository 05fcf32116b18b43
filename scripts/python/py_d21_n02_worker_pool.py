import asyncio
async def worker(name, q, log):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(item / 10)
            log.append((name, item))
            print(f"{name} processed {item}")
        finally:
            q.task_done()
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    q = asyncio.Queue()
    for i in [3, 1, 2, 5, 1, 4, 2]:
        q.put_nowait(i)
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(3)]
    await q.join()
    print("joined at", round(loop.time() - t0, 1))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("cancelled:", [w.cancelled() for w in workers])
    print("per worker:", {f"w{i}": sum(x for n, x in log if n == f"w{i}") for i in range(3)})
asyncio.run(main())
