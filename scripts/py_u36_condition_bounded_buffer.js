const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => typeof x === "number" ? String(x) : `'${x}'`).join(", ") + "]";

class BoundedBuffer {
  constructor(capacity) {
    this.items = [];
    this.capacity = capacity;
    this.cond = new asyncio.Condition();
    this.closed = false;
  }
  async put(item, who) {
    await this.cond.with(async () => {
      if (this.items.length >= this.capacity) print(el(), who, "waits for space");
      await this.cond.wait_for(() => this.items.length < this.capacity);
      this.items.push(item);
      this.cond.notify_all();
    });
  }
  async get(who) {
    return await this.cond.with(async () => {
      await this.cond.wait_for(() => this.items.length > 0 || this.closed);
      if (this.items.length === 0) return null;
      const item = this.items.shift();
      this.cond.notify_all();
      return item;
    });
  }
  async close() {
    await this.cond.with(async () => {
      this.closed = true;
      this.cond.notify_all();
    });
  }
}

async function producer(buf, name, n, delay) {
  for (let i = 0; i < n; i++) {
    await asyncio.sleep(delay);
    await buf.put(`${name}${i}`, name);
  }
  print(el(), name, "done producing");
}

async function consumer(buf, name, delay) {
  const got = [];
  let item;
  while ((item = await buf.get(name)) !== null) {
    got.push(item);
    await asyncio.sleep(delay);
  }
  print(el(), name, "drained:", pylist(got));
  return got.length;
}

async function main() {
  const buf = new BoundedBuffer(2);
  const cons = [asyncio.create_task(consumer(buf, "C1", 0.13)), asyncio.create_task(consumer(buf, "C2", 0.21))];
  await asyncio.gather(producer(buf, "x", 4, 0.015), producer(buf, "y", 3, 0.07));
  await buf.close();
  print(el(), "consumed", pylist(await asyncio.gather(...cons)));
}

await asyncio.run(main());
