async function worker(name, q, log) {
  try {
    for (;;) {
      const item = await q.get();
      try {
        await asyncio.sleep(item);
        log.push(`${name}:${item}`);
      } finally {
        q.task_done();
      }
    }
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled; unfinished", "?");
    throw e;
  }
}
async function main() {
  const q = new asyncio.Queue();
  const log = [];
  for (const x of [0.1, 0.2, 0.3, 0.4, 0.5]) q.put_nowait(x);
  const ws = [0, 1].map((i) => asyncio.create_task(worker(`w${i}`, q, log)));
  try {
    await asyncio.timeout(0.45).with(async () => { await q.join(); });
    print("joined");
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("join timed out; qsize", q.qsize(), "log", "[" + log.map((x) => `'${x}'`).join(", ") + "]");
  }
  for (const w of ws) w.cancel();
  const r = await asyncio.gather(...ws, { return_exceptions: true });
  print("[" + r.map((x) => `'${x.name}'`).join(", ") + "]", "qsize", q.qsize());
  while (!q.empty()) { q.get_nowait(); q.task_done(); }
  print("drained; join ->", (await asyncio.wait_for(q.join(), 0.1)) ?? "None");
}
await asyncio.run(main());
