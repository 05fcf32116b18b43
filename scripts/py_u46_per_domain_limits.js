const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.04) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)

const URLS = ["a.com/1", "a.com/2", "a.com/3", "b.org/1", "b.org/2", "c.net/1", "a.com/4", "c.net/2"];

class PoliteFetcher {
  constructor(per_domain, total) {
    this.per_domain = per_domain;
    this.domain_sems = new Map();
    this.total = new asyncio.Semaphore(total);
    this.active = new Map();
    this.log = [];
  }
  sem(domain) {
    if (!this.domain_sems.has(domain)) this.domain_sems.set(domain, new asyncio.Semaphore(this.per_domain));
    return this.domain_sems.get(domain);
  }
  async fetch(url) {
    const domain = url.split("/")[0];
    return await this.sem(domain).with(async () => await this.total.with(async () => {
      this.active.set(domain, (this.active.get(domain) || 0) + 1);
      const snapshot = [...this.active].filter(([, n]) => n).sort().map(([d, n]) => `'${d}': ${n}`);
      print(el(), "GET", url, `{${snapshot.join(", ")}}`);
      try {
        await asyncio.sleep({ "a.com": 0.1, "b.org": 0.17, "c.net": 0.12 }[domain]);
        return url.length;
      } finally {
        this.active.set(domain, this.active.get(domain) - 1);
      }
    }));
  }
}

async function main() {
  const f = new PoliteFetcher(1, 2);
  const sizes = await asyncio.gather(...URLS.map(u => f.fetch(u)));
  print(el(), "sizes", `[${sizes.join(", ")}]`);
  print("domains seen", "[" + [...f.domain_sems.keys()].sort().map(d => `'${d}'`).join(", ") + "]");
}

await asyncio.run(main());
