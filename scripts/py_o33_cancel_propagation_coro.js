let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const B = (x) => (x ? "True" : "False");
const leaf = asyncio.coroutine(async function (name, d) {
  try {
    log(name, "sleep");
    await asyncio.sleep(d);
    log(name, "woke");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) log(name, "cancelled");
    throw e;
  } finally {
    log(name, "finally");
  }
});
const mid = asyncio.coroutine(async function (name) {
  try {
    return await asyncio.gather(leaf(name + ".a", 1), leaf(name + ".b", 0.01), leaf(name + ".c", 1));
  } catch (e) {
    if (e instanceof asyncio.CancelledError) log(name, "mid cancelled");
    throw e;
  }
});
const top = asyncio.coroutine(async function () {
  const inner = asyncio.create_task(mid("m"));
  try {
    return await inner;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) log("top", "cancelled, inner cancelled?", B(inner.cancelled()));
    throw e;
  }
});
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const t = asyncio.create_task(top());
  const other = asyncio.create_task(leaf("other", 0.02));
  await asyncio.sleep(0.016);
  log("main", "cancel top", B(t.cancel("why")));
  log("main", "cancelling", t.cancelling());
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    log("main", "top ended cancelled", "'" + e.message + "'");
  }
  log("main", "other", await other);
});
await asyncio.run(main());
