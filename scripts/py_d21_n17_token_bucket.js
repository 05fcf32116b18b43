class RateLimiter {
  constructor(rate, per) {
    this.rate = rate; this.per = per;
    this.tokens = rate;
    this.updated = null;
    this.lock = new asyncio.Lock();
  }
  async acquire() {
    await this.lock.with(async () => {
      const loop = asyncio.get_running_loop();
      while (true) {
        const now = loop.time();
        if (this.updated === null) this.updated = now;
        const elapsed = now - this.updated;
        this.tokens = Math.min(this.rate, this.tokens + elapsed * this.rate / this.per);
        this.updated = now;
        if (this.tokens >= 1) {
          this.tokens -= 1;
          return;
        }
        await asyncio.sleep((1 - this.tokens) * this.per / this.rate);
      }
    });
  }
}
async function req(limiter, i, t0, loop) {
  await limiter.acquire();
  const v = Math.round((loop.time() - t0) * 100) / 100;
  print(`request ${i} at ${Number.isInteger(v) ? v.toFixed(1) : v}`);
  await asyncio.sleep(0.01);
  return i;
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const lim = new RateLimiter(3, 0.3);
  const res = await asyncio.gather(...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => req(lim, i, t0, loop)));
  print("[" + res.join(", ") + "]", (loop.time() - t0).toFixed(1));
}
asyncio.run(main());
