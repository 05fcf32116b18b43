let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
let tick = 0;
async function ticker() {
  while (true) {
    tick += 1;
    await asyncio.sleep(0);
  }
}
async function nothing() {
  return 1;
}
async function measure(label, make) {
  const start = tick;
  const r = await make();
  log(label, "ticks", tick - start, r);
}
const B = (x) => (x ? "True" : "False");
async function main() {
  const loop = asyncio.get_running_loop();
  t0 = loop.time();
  const tk = asyncio.create_task(ticker());
  await asyncio.sleep(0);
  const fut = loop.create_future(); fut.set_result("f");
  const done_task = asyncio.create_task(nothing());
  await asyncio.sleep(0);
  const ev = new asyncio.Event(); ev.set();
  const lock = new asyncio.Lock();
  const q = new asyncio.Queue(); q.put_nowait("q");
  const sem = new asyncio.Semaphore(1);
  await measure("done_future", async () => await fut);
  await measure("done_task", async () => await done_task);
  await measure("set_event", async () => B(await ev.wait()));
  await measure("free_lock", async () => await lock.with(async () => B(lock.locked())));
  await measure("queue_get", async () => await q.get());
  await measure("queue_put", async () => { await q.put("again"); return q.qsize(); });
  await measure("free_sem", async () => await sem.with(async () => B(sem.locked())));
  await measure("coroutine", async () => await nothing());
  await measure("gather_done", async () => (await asyncio.gather(fut, done_task)).length);
  await measure("wait_done", async () => { const [d, p] = await asyncio.wait([fut, done_task]); return d.size; });
  await measure("shield_done", async () => await asyncio.shield(fut));
  await measure("wait_for_done", async () => await asyncio.wait_for(fut, 1));
  await measure("ensure_future_done", async () => await asyncio.ensure_future(fut));
  await measure("gather_empty", async () => "[" + (await asyncio.gather()).join(", ") + "]");
  tk.cancel();
}
await asyncio.run(main());
