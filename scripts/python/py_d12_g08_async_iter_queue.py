import asyncio
class QueueIter:
    def __init__(self, q, sentinel):
        self.q, self.sentinel = q, sentinel
    def __aiter__(self):
        return self
    async def __anext__(self):
        item = await self.q.get()
        if item is self.sentinel:
            raise StopAsyncIteration
        return item
async def ticks(n, d):
    for i in range(n):
        await asyncio.sleep(d)
        yield i
async def producer(q, stop):
    async for i in ticks(4, 0.02):
        print("produce", i)
        await q.put(i)
    await q.put(stop)
async def main():
    q = asyncio.Queue(maxsize=1)
    stop = object()
    p = asyncio.create_task(producer(q, stop))
    total = 0
    async for item in QueueIter(q, stop):
        print("consume", item)
        total += item
    await p
    print("total", total)
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.05)
        ev.set()
    asyncio.create_task(setter())
    async def until_set():
        i = 0
        while not ev.is_set():
            try:
                await asyncio.wait_for(ev.wait(), 0.02)
            except asyncio.TimeoutError:
                yield i
                i += 1
    print("polled", [x async for x in until_set()])
asyncio.run(main())
