const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function w(n, d) {
  try {
    await asyncio.sleep(d);
    print("finished", n);
    return n;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("cancelled", n);
    throw e;
  }
}
async function use_wait(ts) {
  try {
    await asyncio.wait(ts);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("use_wait cancelled");
    throw e;
  }
}
async function use_as_completed(ts) {
  try {
    for (const f of asyncio.as_completed(ts)) print("ac got", await f);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("use_as_completed cancelled");
    throw e;
  }
}
async function main() {
  const ts = [0, 1].map((i) => asyncio.create_task(w(i, 0.5)));
  const c = asyncio.create_task(use_wait(ts));
  await asyncio.sleep(0.1);
  c.cancel();
  await asyncio.sleep(0);
  P("after cancel: c", c.cancelled(), "children cancelled", ts.map((t) => t.cancelled()));
  const us = [[2, 0.1], [3, 0.5]].map(([i, d]) => asyncio.create_task(w(i, d)));
  const c2 = asyncio.create_task(use_as_completed(us));
  await asyncio.sleep(0.2);
  c2.cancel();
  await asyncio.sleep(0.5);
  P("c2", c2.cancelled(), "children", us.map((t) => t.cancelled()), [...us, ...ts].map((t) => t.done()));
}
await asyncio.run(main());
