# asyncio.Queue producer/consumer: two producers, three consumers, sentinel shutdown, bounded queue
import asyncio, time

async def producer(name, q, items, delay):
    for it in items:
        await asyncio.sleep(delay)
        await q.put(f"{name}{it}")
        print("put", f"{name}{it}", "size", q.qsize(), round(time.perf_counter() - t0, 2))

async def consumer(cid, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print("consumer", cid, "stops")
            return cid
        await asyncio.sleep(0.15)
        out.append((cid, item))
        print("consumer", cid, "handled", item, round(time.perf_counter() - t0, 2))
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    consumers = [asyncio.create_task(consumer(i, q, out)) for i in range(3)]
    await asyncio.gather(producer("a", q, [1, 2, 3], 0.05), producer("b", q, [1, 2], 0.08))
    await q.join()
    print("all handled", len(out), round(time.perf_counter() - t0, 2))
    for _ in consumers:
        await q.put(None)
    print("stopped", *(await asyncio.gather(*consumers)))

t0 = time.perf_counter()
asyncio.run(main())
