// Cancelled queue waiters lose nothing: a getter woken by put_nowait() and cancelled before it ran
// leaves the item to the next getter; a putter woken by get_nowait() and cancelled before it ran
// leaves the slot to the next putter; wait_for(q.get(), 0.1) timing out takes nothing.
const py = (v) => (v === true ? "True" : v === false ? "False" : v === undefined || v === null ? "None" : String(v));

async function main() {
  const q = new asyncio.Queue(1);
  const log = [];

  async function getter(name) {
    try {
      const item = await q.get();
      log.push(`${name} got ${item}`);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) log.push(`${name} cancelled, qsize=${q.qsize()}`);
      throw e;
    }
  }

  const g1 = asyncio.create_task(getter("g1"));
  const g2 = asyncio.create_task(getter("g2"));
  const g3 = asyncio.create_task(getter("g3"));
  await asyncio.sleep(0);
  q.put_nowait("A");
  g1.cancel();
  await asyncio.gather(g1, g2, { return_exceptions: true });
  q.put_nowait("B");
  await g3;
  print(log.join("\n"));
  log.length = 0;

  async function putter(name, item) {
    try {
      await q.put(item);
      log.push(`${name} put ${item}`);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) log.push(`${name} cancelled, qsize=${q.qsize()}`);
      throw e;
    }
  }

  q.put_nowait("full");
  const p1 = asyncio.create_task(putter("p1", "x"));
  const p2 = asyncio.create_task(putter("p2", "y"));
  await asyncio.sleep(0);
  log.push(`took ${q.get_nowait()}`);
  p1.cancel();
  await asyncio.gather(p1, p2, { return_exceptions: true });
  log.push(`queue holds ${q.get_nowait()}, empty=${py(q.empty())}`);
  print(log.join("\n"));

  try {
    await asyncio.wait_for(q.get(), 0.1);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("timeout, qsize", q.qsize());
    else throw e;
  }
  q.put_nowait("C");
  print("next get:", await q.get(), q.qsize());
}

await asyncio.run(main());
