import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

class Lcg:
    def __init__(self, seed):
        self.state = seed
    def random(self):
        self.state = (self.state * 1103515245 + 12345) % 2**31
        return self.state / 2**31

class ServiceUnavailable(Exception):
    def __init__(self, retry_after=None):
        super().__init__(f"503 retry_after={retry_after}")
        self.retry_after = retry_after

async def call(attempt, plan):
    await asyncio.sleep(0.02)
    outcome = plan[attempt] if attempt < len(plan) else "ok"
    if outcome == "ok":
        return "payload"
    if outcome == "slow":
        await asyncio.sleep(10)
    raise ServiceUnavailable(outcome if isinstance(outcome, float) else None)

async def call_with_budget(name, plan, budget, base=0.03, cap=0.2, seed=1):
    rng = Lcg(seed)
    attempt = 0
    try:
        async with asyncio.timeout(budget):
            while True:
                try:
                    r = await asyncio.wait_for(call(attempt, plan), 0.1)
                    print(el(), name, "success on attempt", attempt + 1)
                    return r
                except (ServiceUnavailable, asyncio.TimeoutError) as e:
                    if isinstance(e, ServiceUnavailable) and e.retry_after is not None:
                        delay = e.retry_after
                    else:
                        delay = min(cap, base * 2 ** attempt) * (0.5 + rng.random() / 2)
                    print(el(), name, f"attempt {attempt + 1}: {type(e).__name__}; sleeping {delay:.3f}")
                    attempt += 1
                    await asyncio.sleep(delay)
    except TimeoutError:
        print(el(), name, "budget exhausted after", attempt, "attempts")
        return None

async def main():
    results = await asyncio.gather(
        call_with_budget("A", ["err", "err", "ok"], 1.0),
        call_with_budget("B", ["slow", 0.12, "err", "ok"], 1.0, seed=2),
        call_with_budget("C", ["err"] * 20, 0.5, seed=3),
    )
    print(el(), "results:", results)

asyncio.run(main())
