# asyncio.Queue producer/consumer: 2 producers, 3 consumers, join, cancel workers
import asyncio

async def producer(q, name, n, d):
    for i in range(n):
        await asyncio.sleep(d)
        item = f"{name}{i}"
        await q.put(item)
        print("put", item, "qsize", q.qsize())

async def consumer(q, name, log):
    try:
        while True:
            item = await q.get()
            await asyncio.sleep(0.07)
            log.append(item)
            print(name, "got", item)
            q.task_done()
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    q = asyncio.Queue(maxsize=2)
    log = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", log)) for i in range(3)]
    await asyncio.gather(producer(q, "a", 4, 0.02), producer(q, "b", 3, 0.03))
    print("producers done", round(loop.time() - t0, 2))
    await q.join()
    print("joined", round(loop.time() - t0, 2), len(log))
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
