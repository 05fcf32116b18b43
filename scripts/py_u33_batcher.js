const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

// Collects items; flushes when `size` items are waiting or `linger` seconds after the first one.
class Batcher {
  constructor(size, linger, sink) {
    this.q = new asyncio.Queue();
    this.size = size; this.linger = linger; this.sink = sink;
    this.task = asyncio.create_task(this._run());
  }
  async _run() {
    const loop = asyncio.get_running_loop();
    while (true) {
      const first = await this.q.get();
      const batch = [first];
      const deadline = loop.time() + this.linger;
      try {
        while (batch.length < this.size) {
          const remaining = deadline - loop.time();
          if (remaining <= 0) break;
          try {
            batch.push(await asyncio.wait_for(this.q.get(), remaining));
          } catch (e) {
            if (!(e instanceof asyncio.TimeoutError)) throw e;
            break;
          }
        }
      } finally {
        await this.sink(batch);
      }
    }
  }
  async add(item) { await this.q.put(item); }
  async close() {
    while (!this.q.empty()) await asyncio.sleep(0.01);
    this.task.cancel();
    try {
      await this.task;
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
    }
  }
}

async function sink(batch) {
  print(el(), "flush", `[${batch.join(", ")}]`);
}

async function main() {
  const b = new Batcher(3, 0.1, sink);
  const gaps = [0, 0.01, 0.01, 0.01, 0.2, 0.02, 0.3, 0.01];
  for (let i = 0; i < gaps.length; i++) {
    await asyncio.sleep(gaps[i]);
    await b.add(i);
  }
  await asyncio.sleep(0.01);
  await b.close();
  print(el(), "closed; task cancelled:", b.task.cancelled() ? "True" : "False");
}

await asyncio.run(main());
