import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def worker(name, q, done_log):
    while True:
        item = await q.get()
        try:
            print(el(), name, "processing", item)
            await asyncio.sleep(0.1)
            done_log.append((name, item))
        except asyncio.CancelledError:
            print(el(), name, "interrupted on", item, "- requeueing")
            q.put_nowait(item)
            raise
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    for i in range(7):
        q.put_nowait(f"job{i}")
    done_log = []
    workers = {n: asyncio.create_task(worker(n, q, done_log)) for n in ("w1", "w2", "w3")}
    await asyncio.sleep(0.14)
    workers["w2"].cancel()
    print(el(), "scaled down: w2 cancelled; qsize", q.qsize())
    await q.join()
    print(el(), "join returned; unfinished", q._unfinished_tasks)
    for t in workers.values():
        t.cancel()
    res = await asyncio.gather(*workers.values(), return_exceptions=True)
    print(el(), "results", [type(r).__name__ for r in res])
    by = {}
    for n, item in done_log:
        by.setdefault(n, []).append(item)
    print("work by worker:", by)
    print("all jobs done once:", sorted(i for _, i in done_log) == [f"job{i}" for i in range(7)])

asyncio.run(main())
