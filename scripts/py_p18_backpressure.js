const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }
const py = (b) => (b ? "True" : "False");

async function producer(q, n) {
  for (let i = 0; i < n; i++) {
    print(el(), `put ${i} (qsize=${q.qsize()}, full=${py(q.full())})`);
    await q.put(i);
  }
  print(el(), "producer finished");
}

async function consumer(q, name, delay) {
  while (true) {
    const item = await q.get();
    try {
      await asyncio.sleep(delay);
      print(el(), name, "handled", item);
    } finally {
      q.task_done();
    }
  }
}

async function main() {
  const q = new asyncio.Queue({ maxsize: 2 });
  const consumers = [asyncio.create_task(consumer(q, "c1", 0.3)), asyncio.create_task(consumer(q, "c2", 0.4))];
  await producer(q, 7);
  await q.join();
  print(el(), "queue drained, empty:", py(q.empty()));
  for (const c of consumers) c.cancel();
  await asyncio.wait(consumers);
  print(el(), "consumers cancelled:", py(consumers.every(c => c.cancelled())));
  try {
    q.get_nowait();
  } catch (e) {
    if (!(e instanceof asyncio.QueueEmpty)) throw e;
    print(el(), "get_nowait: QueueEmpty");
  }
}

await asyncio.run(main());
