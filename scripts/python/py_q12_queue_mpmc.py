# Queue(2) with 3 producers and 2 consumers stepping with sleep(0): the exact interleaving of
# put/get, blocked putters served FIFO, items delivered in put order.
import asyncio

async def main():
    q = asyncio.Queue(2)
    log = []

    async def producer(p):
        for k in range(4):
            item = f"{p}{k}"
            await q.put(item)
            log.append(f"put {item} qsize={q.qsize()}")

    async def consumer(c):
        got = []
        while True:
            item = await q.get()
            if item is None:
                q.task_done()
                break
            got.append(item)
            log.append(f"  {c} got {item}")
            await asyncio.sleep(0)
            q.task_done()
        return got

    cons = [asyncio.create_task(consumer(c)) for c in ("X", "Y")]
    prods = [asyncio.create_task(producer(p)) for p in "abc"]
    await asyncio.gather(*prods)
    await q.join()
    log.append("joined")
    for _ in cons:
        await q.put(None)
    res = await asyncio.gather(*cons)
    print("\n".join(log))
    print("X:", " ".join(res[0]))
    print("Y:", " ".join(res[1]))
    print(q.empty(), q.full(), q.qsize(), q.maxsize)

asyncio.run(main())
