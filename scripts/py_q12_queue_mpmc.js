// Queue(2) with 3 producers and 2 consumers stepping with sleep(0): the exact interleaving of
// Lazy start via asyncio.coroutine, as in Python (README: eager start).
// put/get, blocked putters served FIFO, items delivered in put order.
const py = (v) => (v === true ? "True" : v === false ? "False" : v === undefined || v === null ? "None" : String(v));

async function main() {
  const q = new asyncio.Queue(2);
  const log = [];

  async function producer(p) {
    for (let k = 0; k < 4; k++) {
      const item = `${p}${k}`;
      await q.put(item);
      log.push(`put ${item} qsize=${q.qsize()}`);
    }
  }

  async function consumer(c) {
    const got = [];
    while (true) {
      const item = await q.get();
      if (item === null) {
        q.task_done();
        break;
      }
      got.push(item);
      log.push(`  ${c} got ${item}`);
      await asyncio.sleep(0);
      q.task_done();
    }
    return got;
  }

  const cons = ["X", "Y"].map((c) => asyncio.create_task(asyncio.coroutine(consumer)(c)));
  const prods = [..."abc"].map((p) => asyncio.create_task(asyncio.coroutine(producer)(p)));
  await asyncio.gather(...prods);
  await q.join();
  log.push("joined");
  for (const _ of cons) {
    await q.put(null);
  }
  const res = await asyncio.gather(...cons);
  print(log.join("\n"));
  print("X:", res[0].join(" "));
  print("Y:", res[1].join(" "));
  print(py(q.empty()), py(q.full()), q.qsize(), q.maxsize);
}

await asyncio.run(main());
