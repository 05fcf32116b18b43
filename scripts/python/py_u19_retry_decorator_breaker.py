import asyncio, time, functools

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.06) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

class CircuitOpen(Exception):
    pass

class Breaker:
    def __init__(self, threshold, cooldown):
        self.threshold, self.cooldown = threshold, cooldown
        self.failures = 0
        self.opened_at = None

    def check(self):
        if self.opened_at is not None:
            if time.time() - self.opened_at < self.cooldown:
                raise CircuitOpen("circuit open")
            print(el(), "breaker: half-open, trying")
            self.opened_at = None

    def record(self, ok):
        if ok:
            self.failures = 0
        else:
            self.failures += 1
            if self.failures >= self.threshold:
                self.opened_at = time.time()
                print(el(), "breaker: OPEN after", self.failures, "failures")

def retry(times, base_delay, timeout):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return await asyncio.wait_for(fn(*args), timeout)
                except (asyncio.TimeoutError, ConnectionError) as e:
                    last = e
                    print(el(), f"{fn.__name__}{args} attempt {attempt} failed: {type(e).__name__}")
                    await asyncio.sleep(base_delay * 2 ** (attempt - 1))
            raise RuntimeError(f"{fn.__name__} exhausted retries") from last
        return wrapper
    return deco

breaker = Breaker(threshold=3, cooldown=0.25)
script = iter(["slow", "err", "err", "ok", "err", "err", "err", "ok", "ok", "ok", "ok"])

@retry(times=3, base_delay=0.03, timeout=0.06)
async def get_user(uid):
    breaker.check()
    outcome = next(script)
    if outcome == "slow":
        try:
            await asyncio.sleep(1)
        finally:
            breaker.record(False)
    await asyncio.sleep(0.01)
    breaker.record(outcome == "ok")
    if outcome == "err":
        raise ConnectionError("reset")
    return {"id": uid}

async def main():
    for uid in range(1, 6):
        try:
            print(el(), "got", await get_user(uid))
        except CircuitOpen as e:
            print(el(), "user", uid, "rejected:", e)
            await asyncio.sleep(0.15)
        except RuntimeError as e:
            print(el(), "user", uid, "error:", e, "| cause:", type(e.__cause__).__name__)
    print("get_user name:", get_user.__name__)

asyncio.run(main())
