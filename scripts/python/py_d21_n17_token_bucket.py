import asyncio
class RateLimiter:
    def __init__(self, rate, per):
        self.rate = rate; self.per = per
        self.tokens = rate
        self.updated = None
        self.lock = asyncio.Lock()
    async def acquire(self):
        async with self.lock:
            loop = asyncio.get_running_loop()
            while True:
                now = loop.time()
                if self.updated is None:
                    self.updated = now
                elapsed = now - self.updated
                self.tokens = min(self.rate, self.tokens + elapsed * self.rate / self.per)
                self.updated = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) * self.per / self.rate)
async def req(limiter, i, t0, loop):
    await limiter.acquire()
    print(f"request {i} at {round(loop.time()-t0, 2)}")
    await asyncio.sleep(0.01)
    return i
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    lim = RateLimiter(3, 0.3)
    res = await asyncio.gather(*(req(lim, i, t0, loop) for i in range(8)))
    print(res, round(loop.time()-t0, 1))
asyncio.run(main())
