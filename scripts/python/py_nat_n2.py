import asyncio

async def producer(q, n, name):
    for i in range(n):
        await asyncio.sleep(0.1)
        await q.put(f"{name}-{i}")
        print(f"produced {name}-{i} qsize={q.qsize()}")
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            print(f"{name} got sentinel")
            break
        print(f"{name} consumed {item}")
        await asyncio.sleep(0.25)

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 4, "p1"), producer(q, 3, "p2"), consumer(q, "c1"), consumer(q, "c2"))
    print("left", q.qsize())

asyncio.run(main())
