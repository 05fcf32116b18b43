import asyncio, time
from collections import defaultdict

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.04) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

URLS = ["a.com/1", "a.com/2", "a.com/3", "b.org/1", "b.org/2", "c.net/1", "a.com/4", "c.net/2"]

class PoliteFetcher:
    def __init__(self, per_domain, total):
        self.domain_sems = defaultdict(lambda: asyncio.Semaphore(per_domain))
        self.total = asyncio.Semaphore(total)
        self.active = defaultdict(int)
        self.log = []

    async def fetch(self, url):
        domain = url.split("/")[0]
        async with self.domain_sems[domain]:
            async with self.total:
                self.active[domain] += 1
                snapshot = dict(sorted((d, n) for d, n in self.active.items() if n))
                print(el(), "GET", url, snapshot)
                try:
                    await asyncio.sleep({"a.com": 0.1, "b.org": 0.17, "c.net": 0.12}[domain])
                    return len(url)
                finally:
                    self.active[domain] -= 1

async def main():
    f = PoliteFetcher(per_domain=1, total=2)
    sizes = await asyncio.gather(*(f.fetch(u) for u in URLS))
    print(el(), "sizes", sizes)
    print("domains seen", sorted(f.domain_sems))

asyncio.run(main())
