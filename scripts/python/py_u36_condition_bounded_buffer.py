import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

class BoundedBuffer:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        self.cond = asyncio.Condition()
        self.closed = False

    async def put(self, item, who):
        async with self.cond:
            if len(self.items) >= self.capacity:
                print(el(), who, "waits for space")
            await self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.cond.notify_all()

    async def get(self, who):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items or self.closed)
            if not self.items:
                return None
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

    async def close(self):
        async with self.cond:
            self.closed = True
            self.cond.notify_all()

async def producer(buf, name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        await buf.put(f"{name}{i}", name)
    print(el(), name, "done producing")

async def consumer(buf, name, delay):
    got = []
    while (item := await buf.get(name)) is not None:
        got.append(item)
        await asyncio.sleep(delay)
    print(el(), name, "drained:", got)
    return len(got)

async def main():
    buf = BoundedBuffer(2)
    cons = [asyncio.create_task(consumer(buf, "C1", 0.13)), asyncio.create_task(consumer(buf, "C2", 0.21))]
    await asyncio.gather(producer(buf, "x", 4, 0.015), producer(buf, "y", 3, 0.07))
    await buf.close()
    print(el(), "consumed", await asyncio.gather(*cons))

asyncio.run(main())
