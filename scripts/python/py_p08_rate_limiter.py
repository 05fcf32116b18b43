import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

class RateLimiter:
    """Allow at most `rate` calls per `per` seconds (sliding window)."""
    def __init__(self, rate, per):
        self.rate = rate
        self.per = per
        self.calls = []
        self.lock = asyncio.Lock()

    async def acquire(self):
        async with self.lock:
            while True:
                now = asyncio.get_running_loop().time()
                self.calls = [c for c in self.calls if now - c < self.per]
                if len(self.calls) < self.rate:
                    self.calls.append(now)
                    return
                wait = self.per - (now - self.calls[0])
                await asyncio.sleep(wait)

async def call_api(limiter, i):
    await limiter.acquire()
    print(el(), "request", i)
    await asyncio.sleep(0.01)
    return i * i

async def main():
    limiter = RateLimiter(3, 0.5)
    results = await asyncio.gather(*(call_api(limiter, i) for i in range(8)))
    print(el(), "results", sum(results))

asyncio.run(main())
