let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const B = (x) => (x ? "True" : "False");
async function ev_waiter(name, ev) {
  try {
    await ev.wait();
    log(name, "woke normally");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) log(name, "cancelled though event set", B(ev.is_set()));
    throw e;
  }
}
async function q_getter(name, q) {
  try {
    const it = await q.get();
    log(name, "got", it);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) log(name, "cancelled, qsize", q.qsize());
    throw e;
  }
}
async function sleeper(name, d) {
  try {
    await asyncio.sleep(d);
    log(name, "woke normally");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) log(name, "cancelled after timer fired");
    throw e;
  }
}
async function fut_waiter(name, f) {
  try {
    log(name, "got", await f);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) log(name, "cancelled though future done", B(f.done()));
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  t0 = loop.time();
  const ev = new asyncio.Event();
  const [a, b, c] = ["a", "b", "c"].map((n) => asyncio.create_task(ev_waiter(n, ev)));
  const q = new asyncio.Queue();
  const [g1, g2, g3] = ["g1", "g2", "g3"].map((n) => asyncio.create_task(q_getter(n, q)));
  const f = loop.create_future();
  const fw = asyncio.create_task(fut_waiter("fw", f));
  await asyncio.sleep(0);
  ev.set();
  b.cancel();
  q.put_nowait("x");
  g1.cancel();
  f.set_result("F");
  fw.cancel();
  log("main", "set/put/cancel done");
  const r = await asyncio.gather(a, b, c, g1, fw, { return_exceptions: true });
  log("main", "[" + r.map((x) => "'" + (x === undefined ? "NoneType" : x.name) + "'").join(", ") + "]");
  await asyncio.sleep(0);
  log("main", "g2 done", B(g2.done()), "g3 done", B(g3.done()), q.qsize());
  const s = asyncio.create_task(sleeper("s", 0.01));
  loop.call_later(0.01, () => s.cancel());
  try {
    await s;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    log("main", "s cancelled");
  }
  g3.cancel();
  await asyncio.sleep(0);
}
await asyncio.run(main());
