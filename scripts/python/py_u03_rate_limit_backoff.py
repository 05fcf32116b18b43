import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.04) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

class RateLimiter:
    """At most `rate` acquisitions per `period`, using a token bucket refilled by a background task."""
    def __init__(self, rate, period):
        self.tokens = asyncio.Semaphore(rate)
        self.rate = rate
        self.period = period
        self.issued = 0
        self._refill = None

    async def __aenter__(self):
        self._refill = asyncio.create_task(self._refiller())
        return self

    async def __aexit__(self, *exc):
        self._refill.cancel()
        try:
            await self._refill
        except asyncio.CancelledError:
            print(el(), "refiller stopped")
        return False

    async def _refiller(self):
        while True:
            await asyncio.sleep(self.period)
            n = self.issued
            self.issued = 0
            for _ in range(n):
                self.tokens.release()

    async def acquire(self):
        await self.tokens.acquire()
        self.issued += 1

class Flaky(Exception):
    pass

FAILS = {"u1": 0, "u2": 2, "u3": 1, "u4": 5}
calls = {}

async def call_api(limiter, name):
    await limiter.acquire()
    n = calls[name] = calls.get(name, 0) + 1
    print(el(), f"call {name} #{n}")
    await asyncio.sleep(0.02)
    if n <= FAILS[name]:
        raise Flaky(f"{name} 503")
    return f"{name}:ok"

async def with_backoff(limiter, name, tries=3, base=0.12):
    for attempt in range(tries):
        try:
            return await call_api(limiter, name)
        except Flaky as e:
            delay = base * 2 ** attempt
            print(el(), f"{e}; retry in {delay:.2f}")
            await asyncio.sleep(delay)
    raise RuntimeError(f"{name} gave up after {tries}")

async def main():
    async with RateLimiter(2, 0.2) as lim:
        res = await asyncio.gather(*(with_backoff(lim, n) for n in FAILS), return_exceptions=True)
    for r in res:
        print("->", r if isinstance(r, str) else f"{type(r).__name__}({r})")
    print(el(), "total calls", sum(calls.values()))

asyncio.run(main())
