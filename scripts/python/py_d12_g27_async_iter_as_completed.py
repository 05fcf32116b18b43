import asyncio
class Results:
    """async iterator over results in completion order, at most `limit` jobs at once"""
    def __init__(self, delays, limit):
        self.sem = asyncio.Semaphore(limit)
        self.lock = asyncio.Lock()
        self.delays = delays
        self.it = None
        self.active = 0
    async def job(self, i, d):
        async with self.sem:
            self.active += 1
            print("start", i, "active", self.active)
            await asyncio.sleep(d)
            self.active -= 1
            return i
    def __aiter__(self):
        self.it = iter(asyncio.as_completed([asyncio.create_task(self.job(i, d)) for i, d in enumerate(self.delays)]))
        return self
    async def __anext__(self):
        async with self.lock:
            try:
                f = next(self.it)
            except StopIteration:
                raise StopAsyncIteration
            return await f
async def main():
    t0 = asyncio.get_running_loop().time()
    order = []
    async for r in Results([0.05, 0.01, 0.03, 0.02, 0.01], 2):
        print(f"{asyncio.get_running_loop().time() - t0:.2f}", "got", r)
        order.append(r)
    print(order)
asyncio.run(main())
