class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function worker(name, q, errors) {
  while (true) {
    const item = await q.get();
    try {
      await asyncio.sleep(0.01 * item);
      if (item % 3 === 0) throw new ValueError(`bad item ${item}`);
      print(name, "processed", item);
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      errors.push(e.message);
      print(name, "error", e.message);
    } finally {
      q.task_done();
    }
  }
}
async function main() {
  const q = new asyncio.Queue();
  const errors = [];
  for (let i = 1; i < 8; i++) q.put_nowait(i);
  const ws = [0, 1].map((i) => asyncio.create_task(worker(`w${i}`, q, errors)));
  await q.join();
  print("errors", "[" + errors.map((s) => `'${s}'`).join(", ") + "]");
  for (const w of ws) w.cancel();
  const r = await asyncio.gather(...ws, { return_exceptions: true });
  print("[" + r.map((x) => `'${x.name}'`).join(", ") + "]");
  try { q.task_done(); } catch (e) { print(e.name, e.message); }
}
await asyncio.run(main());
