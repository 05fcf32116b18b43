// goja has no async generators (README): iterators are written by hand, loops with next()
class QueueIter {
  constructor(q, sentinel) { this.q = q; this.sentinel = sentinel; }
  async next() {
    const item = await this.q.get();
    if (item === this.sentinel) return { done: true, value: undefined };
    return { done: false, value: item };
  }
}
function ticks(n, d) {
  let i = 0;
  return {
    async next() {
      if (i >= n) return { done: true, value: undefined };
      await asyncio.sleep(d);
      return { done: false, value: i++ };
    },
  };
}
async function producer(q, stop) {
  const it = ticks(4, 0.02);
  for (let r = await it.next(); !r.done; r = await it.next()) {
    const i = r.value;
    print("produce", i);
    await q.put(i);
  }
  await q.put(stop);
}
async function main() {
  const q = new asyncio.Queue({ maxsize: 1 });
  const stop = {};
  const p = asyncio.create_task(producer(q, stop));
  let total = 0;
  const it = new QueueIter(q, stop);
  for (let r = await it.next(); !r.done; r = await it.next()) {
    const item = r.value;
    print("consume", item);
    total += item;
  }
  await p;
  print("total", total);
  const ev = new asyncio.Event();
  async function setter() {
    await asyncio.sleep(0.05);
    ev.set();
  }
  asyncio.create_task(setter());
  function until_set() {
    let i = 0;
    return {
      async next() {
        while (!ev.is_set()) {
          try {
            await asyncio.wait_for(ev.wait(), 0.02);
          } catch (e) {
            if (!(e instanceof asyncio.TimeoutError)) throw e;
            return { done: false, value: i++ };
          }
        }
        return { done: true, value: undefined };
      },
    };
  }
  const xs = [];
  const u = until_set();
  for (let r = await u.next(); !r.done; r = await u.next()) xs.push(r.value);
  print("polled", "[" + xs.join(", ") + "]");
}
await asyncio.run(main());
