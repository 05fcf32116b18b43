import asyncio
async def producer(pid, q, n):
    for i in range(n):
        await asyncio.sleep(0.03 * (pid + 1))
        await q.put(f"p{pid}-{i}")
    print(f"producer {pid} finished")
async def consumer(cid, q, seen):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(f"consumer {cid} stopping, handled {len(seen[cid])}")
            return len(seen[cid])
        await asyncio.sleep(0.05)
        seen[cid].append(item)
        q.task_done()
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    q = asyncio.Queue(maxsize=3)
    seen = {0: [], 1: []}
    consumers = [asyncio.create_task(consumer(c, q, seen)) for c in range(2)]
    producers = [asyncio.create_task(producer(p, q, 4)) for p in range(3)]
    await asyncio.gather(*producers)
    print("producers done at", round(loop.time()-t0, 2), "qsize", q.qsize())
    for _ in consumers:
        await q.put(None)
    await q.join()
    print("queue drained at", round(loop.time()-t0, 2))
    counts = await asyncio.gather(*consumers)
    print("counts", counts, "total", sum(counts))
    print("items", sorted(seen[0] + seen[1]))
asyncio.run(main())
