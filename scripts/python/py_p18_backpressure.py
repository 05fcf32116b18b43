import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def producer(q, n):
    for i in range(n):
        print(el(), f"put {i} (qsize={q.qsize()}, full={q.full()})")
        await q.put(i)
    print(el(), "producer finished")

async def consumer(q, name, delay):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(delay)
            print(el(), name, "handled", item)
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, "c1", 0.3)), asyncio.create_task(consumer(q, "c2", 0.4))]
    await producer(q, 7)
    await q.join()
    print(el(), "queue drained, empty:", q.empty())
    for c in consumers:
        c.cancel()
    await asyncio.wait(consumers)
    print(el(), "consumers cancelled:", all(c.cancelled() for c in consumers))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print(el(), "get_nowait: QueueEmpty")

asyncio.run(main())
