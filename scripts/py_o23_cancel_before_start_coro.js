let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const B = (x) => (x ? "True" : "False");
const w = asyncio.coroutine(async function (name) {
  try {
    log(name, "start");
    await asyncio.sleep(0);
    log(name, "end");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) log(name, "cancelled inside");
    throw e;
  }
});
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const a = asyncio.create_task(w("a"));
  const b = asyncio.create_task(w("b"));
  const c = asyncio.create_task(w("c"));
  b.cancel();
  log("main", "b cancelled before start", B(b.cancelled()));
  await asyncio.sleep(0);
  log("main", "after 1 hop", B(a.done()), B(b.done()), B(b.cancelled()), B(c.done()));
  c.cancel();
  await asyncio.sleep(0);
  log("main", "after 2 hops", B(a.done()), B(c.done()), B(c.cancelled()));
  const r = await asyncio.gather(a, b, c, { return_exceptions: true });
  log("main", "[" + r.map((x) => "'" + (x === undefined ? "NoneType" : x.name) + "'").join(", ") + "]");
});
await asyncio.run(main());
