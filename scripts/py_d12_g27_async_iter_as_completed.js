// goja has no async generators / for await (README): the iterator protocol is written out
class Results {
  // async iterator over results in completion order, at most `limit` jobs at once
  constructor(delays, limit) {
    this.sem = new asyncio.Semaphore(limit);
    this.lock = new asyncio.Lock();
    this.delays = delays;
    this.it = null;
    this.active = 0;
  }
  async job(i, d) {
    return await this.sem.with(async () => {
      this.active += 1;
      print("start", i, "active", this.active);
      await asyncio.sleep(d);
      this.active -= 1;
      return i;
    });
  }
  aiter() {
    const job = asyncio.coroutine((i, d) => this.job(i, d));
    this.it = asyncio.as_completed(this.delays.map((d, i) => asyncio.create_task(job(i, d))))[Symbol.iterator]();
    return this;
  }
  async next() {
    return await this.lock.with(async () => {
      const n = this.it.next();
      if (n.done) return { done: true, value: undefined };
      return { done: false, value: await n.value };
    });
  }
}
async function main() {
  const t0 = asyncio.get_running_loop().time();
  const order = [];
  const it = new Results([0.05, 0.01, 0.03, 0.02, 0.01], 2).aiter();
  for (let r = await it.next(); !r.done; r = await it.next()) {
    print((asyncio.get_running_loop().time() - t0).toFixed(2), "got", r.value);
    order.push(r.value);
  }
  print("[" + order.join(", ") + "]");
}
await asyncio.run(main());
