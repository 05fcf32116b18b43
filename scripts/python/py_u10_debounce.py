import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.04) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

class Debouncer:
    def __init__(self, delay, action):
        self.delay = delay
        self.action = action
        self.pending = None
        self.latest = None
        self.fired = []
        self.cancelled = 0

    def trigger(self, value):
        self.latest = value
        if self.pending is not None and not self.pending.done():
            self.pending.cancel()
            self.cancelled += 1
        self.pending = asyncio.create_task(self._wait_then_fire())

    async def _wait_then_fire(self):
        try:
            await asyncio.sleep(self.delay)
        except asyncio.CancelledError:
            return
        value = self.latest
        self.fired.append(value)
        await self.action(value)

    async def flush(self):
        if self.pending is not None:
            await self.pending

async def save(value):
    print(el(), "saving", repr(value))
    await asyncio.sleep(0.01)

async def typist(deb, text, gaps):
    for ch, gap in zip(text, gaps):
        await asyncio.sleep(gap)
        deb.trigger(ch)

async def main():
    deb = Debouncer(0.13, save)
    await typist(deb, "hello", [0.02, 0.03, 0.04, 0.16, 0.02])
    await asyncio.sleep(0.14)
    await typist(deb, "ab", [0.01, 0.02])
    await deb.flush()
    print(el(), "fired", deb.fired, "cancelled", deb.cancelled)
    print("pending cancelled?", deb.pending.cancelled(), "result", deb.pending.result())

asyncio.run(main())
