const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.04) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)

// At most `rate` acquisitions per `period`, using a token bucket refilled by a background task.
class RateLimiter {
  constructor(rate, period) {
    this.tokens = new asyncio.Semaphore(rate);
    this.rate = rate;
    this.period = period;
    this.issued = 0;
    this._refill = null;
  }
  async with(fn) {
    this._refill = asyncio.create_task(this._refiller());
    try {
      return await fn(this);
    } finally {
      this._refill.cancel();
      try {
        await this._refill;
      } catch (e) {
        if (!(e instanceof asyncio.CancelledError)) throw e;
        print(el(), "refiller stopped");
      }
    }
  }
  async _refiller() {
    while (true) {
      await asyncio.sleep(this.period);
      const n = this.issued;
      this.issued = 0;
      for (let i = 0; i < n; i++) this.tokens.release();
    }
  }
  async acquire() {
    await this.tokens.acquire();
    this.issued += 1;
  }
}

class Flaky extends Error {
  constructor(m) { super(m); this.name = "Flaky"; }
}

const FAILS = { u1: 0, u2: 2, u3: 1, u4: 5 };
const calls = {};

async function call_api(limiter, name) {
  await limiter.acquire();
  const n = calls[name] = (calls[name] || 0) + 1;
  print(el(), `call ${name} #${n}`);
  await asyncio.sleep(0.02);
  if (n <= FAILS[name]) throw new Flaky(`${name} 503`);
  return `${name}:ok`;
}

async function with_backoff(limiter, name, tries = 3, base = 0.12) {
  for (let attempt = 0; attempt < tries; attempt++) {
    try {
      return await call_api(limiter, name);
    } catch (e) {
      if (!(e instanceof Flaky)) throw e;
      const delay = base * 2 ** attempt;
      print(el(), `${e.message}; retry in ${delay.toFixed(2)}`);
      await asyncio.sleep(delay);
    }
  }
  throw new asyncio.RuntimeError(`${name} gave up after ${tries}`);
}

async function main() {
  let res;
  await new RateLimiter(2, 0.2).with(async (lim) => {
    res = await asyncio.gather(...Object.keys(FAILS).map(n => with_backoff(lim, n)), { return_exceptions: true });
  });
  for (const r of res) print("->", typeof r === "string" ? r : `${r.name}(${r.message})`);
  print(el(), "total calls", Object.values(calls).reduce((a, b) => a + b, 0));
}

await asyncio.run(main());
