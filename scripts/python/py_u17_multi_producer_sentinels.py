import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

DONE = None

async def producer(pid, q, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        item = f"p{pid}-{i}"
        if q.full():
            print(el(), f"producer {pid} blocked on full queue")
        await q.put(item)
    print(el(), f"producer {pid} finished")

async def consumer(cid, q, delay, out):
    handled = 0
    while True:
        item = await q.get()
        if item is DONE:
            print(el(), f"consumer {cid} got sentinel after {handled} items")
            q.task_done()
            return handled
        await asyncio.sleep(delay)
        out.append(item)
        handled += 1
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    out = []
    producers = [asyncio.create_task(producer(p, q, 4, [0.041, 0.073, 0.107][p])) for p in range(3)]
    consumers = [asyncio.create_task(consumer(c, q, 0.131, out)) for c in range(2)]
    await asyncio.gather(*producers)
    print(el(), "all producers done, qsize", q.qsize())
    for _ in consumers:
        await q.put(DONE)
    counts = await asyncio.gather(*consumers)
    await q.join()
    print(el(), "joined; counts", counts, "total", len(out), "unfinished", q._unfinished_tasks)
    print("per producer:", {p: sum(1 for x in out if x.startswith(f"p{p}")) for p in range(3)})

asyncio.run(main())
