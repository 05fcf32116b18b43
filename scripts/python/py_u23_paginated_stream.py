import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.04) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

DATA = list(range(1, 12))

async def fetch_page(cursor, size):
    await asyncio.sleep(0.07)
    page = DATA[cursor:cursor + size]
    nxt = cursor + size if cursor + size < len(DATA) else None
    return page, nxt

class Paginator:
    def __init__(self, size, prefetch):
        self.size = size
        self.prefetch = prefetch
        self.buffer = []
        self.cursor = 0
        self.pending = None
        self.pages = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.buffer:
            if self.cursor is None:
                raise StopAsyncIteration
            if self.pending is None:
                self.pending = asyncio.create_task(fetch_page(self.cursor, self.size))
            page, self.cursor = await self.pending
            self.pages += 1
            print(el(), "page", self.pages, "loaded:", page)
            self.pending = None
            if self.prefetch and self.cursor is not None:
                self.pending = asyncio.create_task(fetch_page(self.cursor, self.size))
            self.buffer = page
        return self.buffer.pop(0)

async def consume(prefetch):
    total = 0
    async for item in Paginator(4, prefetch):
        await asyncio.sleep(0.02)
        total += item
    print(el(), "prefetch" if prefetch else "plain", "sum", total)

async def main():
    start = time.time()
    await consume(False)
    mid = time.time()
    await consume(True)
    end = time.time()
    print("prefetch faster:", (end - mid) < (mid - start))

asyncio.run(main())
