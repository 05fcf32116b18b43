const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

const SITE = {
  "/": ["/docs", "/blog", "/about"],
  "/docs": ["/docs/api", "/docs/guide", "/"],
  "/blog": ["/blog/1", "/blog/2", "/docs"],
  "/about": [],
  "/docs/api": ["/docs/api/v1"],
  "/docs/guide": ["/docs/api"],
  "/blog/1": ["/blog/2"],
  "/blog/2": ["/broken"],
  "/docs/api/v1": [],
};

class LookupError extends Error { constructor(m) { super(m); this.name = "LookupError"; } }

class Crawler {
  constructor(max_depth, concurrency) {
    this.max_depth = max_depth;
    this.sem = new asyncio.Semaphore(concurrency);
    this.seen = new Set();
    this.fetched = [];
    this.failed = [];
    this.in_flight = 0;
    this.peak = 0;
  }
  async fetch(url) {
    return await this.sem.with(async () => {
      this.in_flight += 1;
      this.peak = Math.max(this.peak, this.in_flight);
      try {
        await asyncio.sleep(url.split("/").length - 1 === 1 ? 0.1 : 0.07);
        if (!(url in SITE)) throw new LookupError(`404 ${url}`);
        return SITE[url];
      } finally {
        this.in_flight -= 1;
      }
    });
  }
  async crawl(url, depth = 0) {
    if (this.seen.has(url) || depth > this.max_depth) return 0;
    this.seen.add(url);
    let links;
    try {
      links = await this.fetch(url);
    } catch (e) {
      if (!(e instanceof LookupError)) throw e;
      this.failed.push(e.message);
      print(el(), "failed", url);
      return 0;
    }
    this.fetched.push(url);
    print(el(), "  ".repeat(depth) + url, `(${links.length} links)`);
    const counts = await asyncio.gather(...links.map(l => this.crawl(l, depth + 1)));
    return 1 + counts.reduce((a, b) => a + b, 0);
  }
}

async function main() {
  const c = new Crawler(3, 2);
  try {
    await asyncio.timeout(1.0).with(async () => {
      const total = await c.crawl("/");
      print(el(), "total pages", total);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), "crawl timed out");
  }
  print("fetched", c.fetched.length, "failed", "[" + c.failed.map(x => `'${x}'`).join(", ") + "]", "peak", c.peak);
}

await asyncio.run(main());
