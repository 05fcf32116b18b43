import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

class Batcher:
    """Collects items; flushes when `size` items are waiting or `linger` seconds after the first one."""
    def __init__(self, size, linger, sink):
        self.q = asyncio.Queue()
        self.size, self.linger, self.sink = size, linger, sink
        self.task = asyncio.create_task(self._run())

    async def _run(self):
        loop = asyncio.get_running_loop()
        while True:
            first = await self.q.get()
            batch = [first]
            deadline = loop.time() + self.linger
            try:
                while len(batch) < self.size:
                    remaining = deadline - loop.time()
                    if remaining <= 0:
                        break
                    try:
                        batch.append(await asyncio.wait_for(self.q.get(), remaining))
                    except asyncio.TimeoutError:
                        break
            finally:
                await self.sink(batch)

    async def add(self, item):
        await self.q.put(item)

    async def close(self):
        while not self.q.empty():
            await asyncio.sleep(0.01)
        self.task.cancel()
        try:
            await self.task
        except asyncio.CancelledError:
            pass

async def sink(batch):
    print(el(), "flush", batch)

async def main():
    b = Batcher(3, 0.1, sink)
    for i, gap in enumerate([0, 0.01, 0.01, 0.01, 0.2, 0.02, 0.3, 0.01]):
        await asyncio.sleep(gap)
        await b.add(i)
    await asyncio.sleep(0.01)
    await b.close()
    print(el(), "closed; task cancelled:", b.task.cancelled())

asyncio.run(main())
