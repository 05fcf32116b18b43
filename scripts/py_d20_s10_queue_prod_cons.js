// asyncio.Queue producer/consumer: 2 producers, 3 consumers, join, cancel workers
async function producer(q, name, n, d) {
  for (let i = 0; i < n; i++) {
    await asyncio.sleep(d);
    const item = `${name}${i}`;
    await q.put(item);
    print("put", item, "qsize", q.qsize());
  }
}

async function consumer(q, name, log) {
  try {
    while (true) {
      const item = await q.get();
      await asyncio.sleep(0.07);
      log.push(item);
      print(name, "got", item);
      q.task_done();
    }
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print(name, "cancelled");
    }
    throw e;
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const q = new asyncio.Queue({ maxsize: 2 });
  const log = [];
  const consumers = [0, 1, 2].map((i) => asyncio.create_task(consumer(q, `c${i}`, log)));
  await asyncio.gather(producer(q, "a", 4, 0.02), producer(q, "b", 3, 0.03));
  print("producers done", Math.round((loop.time() - t0) * 100) / 100);
  await q.join();
  print("joined", Math.round((loop.time() - t0) * 100) / 100, log.length);
  for (const c of consumers) {
    c.cancel();
  }
  const res = await asyncio.gather(...consumers, { return_exceptions: true });
  print("[" + res.map((r) => `'${r.name}'`).join(", ") + "]");
}

await asyncio.run(main());
