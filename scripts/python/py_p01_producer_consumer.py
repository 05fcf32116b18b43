import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(0.1)
        item = f"item-{i}"
        await queue.put(item)
        print(el(), "produced", item)
    await queue.put(None)
    print(el(), "producer done")

async def consumer(queue):
    count = 0
    while True:
        item = await queue.get()
        if item is None:
            print(el(), "consumer got sentinel")
            break
        print(el(), "consuming", item)
        await asyncio.sleep(0.12)
        count += 1
        print(el(), "consumed", item)
    return count

async def main():
    queue = asyncio.Queue()
    prod = asyncio.create_task(producer(queue, 4))
    cons = asyncio.create_task(consumer(queue))
    await prod
    total = await cons
    print(el(), "total consumed", total, "qsize", queue.qsize())

asyncio.run(main())
