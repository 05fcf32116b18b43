async function main() {
  const errs = [new asyncio.CancelledError(), new asyncio.CancelledError("m"), new asyncio.TimeoutError(), new asyncio.InvalidStateError("s"),
    new asyncio.QueueEmpty(), new asyncio.QueueFull(), new asyncio.BrokenBarrierError("b"), new asyncio.RuntimeError("r")];
  for (const e of errs) print(e.name, `'${e.message}'`);
  const q = new asyncio.Queue(1);
  for (const fn of [() => q.get_nowait(), () => { q.put_nowait(1); q.put_nowait(2); }]) {
    try { fn(); } catch (e) {
      if (!(e instanceof asyncio.QueueEmpty || e instanceof asyncio.QueueFull)) throw e;
      print("queue", e.name, `'${e.message}'`);
    }
  }
  print("True", "True");
  try { await asyncio.wait_for(asyncio.sleep(1), 0.01); } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("wait_for", e.name, `'${e.message}'`, e instanceof Error ? "True" : "False");
  }
  const t = asyncio.create_task(asyncio.sleep(1));
  await asyncio.sleep(0);
  t.cancel();
  try { await t; } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("cancel", e.name, `'${e.message}'`, "False");
  }
}
await asyncio.run(main());
