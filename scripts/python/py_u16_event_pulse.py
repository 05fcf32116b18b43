import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

class Clock:
    """Broadcasts ticks: every tick sets a fresh Event that waiters can sleep on."""
    def __init__(self):
        self.tick = 0
        self.event = asyncio.Event()

    def pulse(self):
        self.tick += 1
        old, self.event = self.event, asyncio.Event()
        old.set()

    async def next_tick(self):
        await self.event.wait()
        return self.tick

async def listener(name, clock, want):
    got = []
    while len(got) < want:
        t = await clock.next_tick()
        got.append(t)
        print(el(), name, "saw tick", t)
        if name == "slow":
            await asyncio.sleep(0.15)
    return got

async def ready_gate(name, ready, results):
    print(el(), name, "waiting for ready")
    await ready.wait()
    results.append(name)
    print(el(), name, "proceeds")

async def main():
    ready = asyncio.Event()
    results = []
    gates = [asyncio.create_task(ready_gate(n, ready, results)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0.1)
    print(el(), "ready.set(); is_set:", ready.is_set())
    ready.set()
    print(el(), "after set, before yielding:", results)
    await asyncio.gather(*gates)
    ready.clear()
    late = asyncio.create_task(ready_gate("late", ready, results))
    await asyncio.sleep(0.04)
    print(el(), "late done?", late.done())
    ready.set()
    await late

    clock = Clock()
    ls = [asyncio.create_task(listener("fast", clock, 3)), asyncio.create_task(listener("slow", clock, 2))]
    for _ in range(5):
        await asyncio.sleep(0.1)
        clock.pulse()
    print(el(), "listeners:", await asyncio.gather(*ls))

asyncio.run(main())
