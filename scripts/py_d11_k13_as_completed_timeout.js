const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
const L = (a) => "[" + a.map((x) => `'${x}'`).join(", ") + "]";
async function job(name, d) {
  try {
    await asyncio.sleep(d);
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled");
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  let t0 = loop.time();
  const el = () => Math.round((loop.time() - t0) * 100) / 100;
  const tasks = [["a", 0.3], ["b", 0.1], ["c", 0.2], ["d", 0.5]].map(([n, d]) => asyncio.create_task(job(n, d)));
  const got = [];
  try {
    for (const f of asyncio.as_completed(tasks, { timeout: 0.25 })) {
      got.push(await f);
      print("got", got[got.length - 1], "at", el());
    }
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError at", el(), R(e.message), "got", L(got));
  }
  print("states", "[" + tasks.map((t) => `(${B(t.done())}, ${B(t.cancelled())})`).join(", ") + "]");
  for (const t of tasks) t.cancel();
  await asyncio.gather(...tasks, { return_exceptions: true });
  print("after cancel", "[" + tasks.map((t) => B(t.cancelled())).join(", ") + "]");
  const done_t = asyncio.create_task(job("x", 0));
  await asyncio.sleep(0.01);
  const slow_t = asyncio.create_task(job("y", 1));
  const it = asyncio.as_completed([done_t, slow_t], { timeout: 0 });
  try {
    for (const f of it) print("zero-timeout got", await f);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("zero-timeout TimeoutError, slow cancelled?", B(slow_t.cancelled()));
  }
  slow_t.cancel();
  try {
    await slow_t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("slow_t cancelled now");
  }
  async function consumer(ts) {
    try {
      for (const f of asyncio.as_completed(ts, { timeout: 5 })) print("consumer got", await f);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("consumer cancelled at", el());
      throw e;
    }
  }
  t0 = loop.time();
  const ts = [["p", 0.1], ["q", 0.4]].map(([n, d]) => asyncio.create_task(job(n, d)));
  const c = asyncio.create_task(consumer(ts));
  await asyncio.sleep(0.2);
  c.cancel();
  await asyncio.gather(c, { return_exceptions: true });
  print("children after consumer cancel", "[" + ts.map((t) => `(${B(t.done())}, ${B(t.cancelled())})`).join(", ") + "]");
  print("q", await ts[1], el());
}
await asyncio.run(main());
