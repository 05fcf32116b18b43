import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

class BoundedBuffer:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        self.cond = asyncio.Condition()

    async def put(self, item, who):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            print(el(), who, "put", item, "size", len(self.items))
            self.cond.notify_all()

    async def take(self, who):
        async with self.cond:
            while not self.items:
                await self.cond.wait()
            item = self.items.pop(0)
            print(el(), who, "took", item, "size", len(self.items))
            self.cond.notify_all()
            return item

async def producer(buf, who, items, delay):
    for it in items:
        await buf.put(it, who)
        await asyncio.sleep(delay)

async def consumer(buf, who, n, delay):
    got = []
    for _ in range(n):
        got.append(await buf.take(who))
        await asyncio.sleep(delay)
    return got

async def main():
    buf = BoundedBuffer(2)
    res = await asyncio.gather(
        producer(buf, "P1", ["a", "b", "c", "d"], 0.01),
        producer(buf, "P2", ["x", "y"], 0.12),
        consumer(buf, "C1", 3, 0.2),
        consumer(buf, "C2", 3, 0.07),
    )
    print(el(), "C1", "".join(res[2]), "C2", "".join(res[3]))

asyncio.run(main())
