const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

class BoundedBuffer {
  constructor(capacity) {
    this.items = [];
    this.capacity = capacity;
    this.cond = new asyncio.Condition();
  }

  async put(item, who) {
    await this.cond.with(async () => {
      await this.cond.wait_for(() => this.items.length < this.capacity);
      this.items.push(item);
      print(el(), who, "put", item, "size", this.items.length);
      this.cond.notify_all();
    });
  }

  async take(who) {
    return await this.cond.with(async () => {
      while (this.items.length === 0) await this.cond.wait();
      const item = this.items.shift();
      print(el(), who, "took", item, "size", this.items.length);
      this.cond.notify_all();
      return item;
    });
  }
}

async function producer(buf, who, items, delay) {
  for (const it of items) {
    await buf.put(it, who);
    await asyncio.sleep(delay);
  }
}

async function consumer(buf, who, n, delay) {
  const got = [];
  for (let i = 0; i < n; i++) {
    got.push(await buf.take(who));
    await asyncio.sleep(delay);
  }
  return got;
}

async function main() {
  const buf = new BoundedBuffer(2);
  const res = await asyncio.gather(
    producer(buf, "P1", ["a", "b", "c", "d"], 0.01),
    producer(buf, "P2", ["x", "y"], 0.12),
    consumer(buf, "C1", 3, 0.2),
    consumer(buf, "C2", 3, 0.07),
  );
  print(el(), "C1", res[2].join(""), "C2", res[3].join(""));
}

await asyncio.run(main());
