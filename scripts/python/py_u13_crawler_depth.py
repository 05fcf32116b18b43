import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

SITE = {
    "/": ["/docs", "/blog", "/about"],
    "/docs": ["/docs/api", "/docs/guide", "/"],
    "/blog": ["/blog/1", "/blog/2", "/docs"],
    "/about": [],
    "/docs/api": ["/docs/api/v1"],
    "/docs/guide": ["/docs/api"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/broken"],
    "/docs/api/v1": [],
}

class Crawler:
    def __init__(self, max_depth, concurrency):
        self.max_depth = max_depth
        self.sem = asyncio.Semaphore(concurrency)
        self.seen = set()
        self.fetched = []
        self.failed = []
        self.in_flight = 0
        self.peak = 0

    async def fetch(self, url):
        async with self.sem:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            try:
                await asyncio.sleep(0.1 if url.count("/") == 1 else 0.07)
                if url not in SITE:
                    raise LookupError(f"404 {url}")
                return SITE[url]
            finally:
                self.in_flight -= 1

    async def crawl(self, url, depth=0):
        if url in self.seen or depth > self.max_depth:
            return 0
        self.seen.add(url)
        try:
            links = await self.fetch(url)
        except LookupError as e:
            self.failed.append(str(e))
            print(el(), "failed", url)
            return 0
        self.fetched.append(url)
        print(el(), "  " * depth + url, f"({len(links)} links)")
        counts = await asyncio.gather(*(self.crawl(l, depth + 1) for l in links))
        return 1 + sum(counts)

async def main():
    c = Crawler(max_depth=3, concurrency=2)
    try:
        async with asyncio.timeout(1.0):
            total = await c.crawl("/")
        print(el(), "total pages", total)
    except TimeoutError:
        print(el(), "crawl timed out")
    print("fetched", len(c.fetched), "failed", c.failed, "peak", c.peak)

asyncio.run(main())
