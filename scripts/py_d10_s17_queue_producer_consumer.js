// asyncio.Queue producer/consumer: two producers, three consumers, sentinel shutdown, bounded queue
const r2 = (x) => Math.round(x * 100) / 100;

async function producer(name, q, items, delay) {
  for (const it of items) {
    await asyncio.sleep(delay);
    await q.put(`${name}${it}`);
    print("put", `${name}${it}`, "size", q.qsize(), r2(time.perf_counter() - t0));
  }
}

async function consumer(cid, q, out) {
  while (true) {
    const item = await q.get();
    if (item === null) {
      q.task_done();
      print("consumer", cid, "stops");
      return cid;
    }
    await asyncio.sleep(0.15);
    out.push([cid, item]);
    print("consumer", cid, "handled", item, r2(time.perf_counter() - t0));
    q.task_done();
  }
}

async function main() {
  const q = new asyncio.Queue({ maxsize: 2 });
  const out = [];
  const consumers = [0, 1, 2].map((i) => asyncio.create_task(consumer(i, q, out)));
  await asyncio.gather(producer("a", q, [1, 2, 3], 0.05), producer("b", q, [1, 2], 0.08));
  await q.join();
  print("all handled", out.length, r2(time.perf_counter() - t0));
  for (const _ of consumers) {
    await q.put(null);
  }
  print("stopped", ...(await asyncio.gather(...consumers)));
}

const t0 = time.perf_counter();
await asyncio.run(main());
