const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

class RateLimiter {
  // Allow at most `rate` calls per `per` seconds (sliding window).
  constructor(rate, per) {
    this.rate = rate;
    this.per = per;
    this.calls = [];
    this.lock = new asyncio.Lock();
  }

  async acquire() {
    await this.lock.with(async () => {
      while (true) {
        const now = asyncio.get_running_loop().time();
        this.calls = this.calls.filter(c => now - c < this.per);
        if (this.calls.length < this.rate) {
          this.calls.push(now);
          return;
        }
        const wait = this.per - (now - this.calls[0]);
        await asyncio.sleep(wait);
      }
    });
  }
}

async function call_api(limiter, i) {
  await limiter.acquire();
  print(el(), "request", i);
  await asyncio.sleep(0.01);
  return i * i;
}

async function main() {
  const limiter = new RateLimiter(3, 0.5);
  const results = await asyncio.gather(...[...Array(8).keys()].map(i => call_api(limiter, i)));
  print(el(), "results", results.reduce((a, b) => a + b, 0));
}

await asyncio.run(main());
