const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function w(n, d) {
  await asyncio.sleep(d);
  return n;
}
async function selfcancel() {
  await asyncio.sleep(0.1);
  throw new asyncio.CancelledError("self");
}
const show = (x) => x instanceof Error ? `${x.name}('${x.message}')` : rp(x);
async function main() {
  const loop = asyncio.get_running_loop();
  const a = asyncio.create_task(w("a", 1));
  const b = asyncio.create_task(w("b", 0.2));
  const f = loop.create_future();
  const sc = asyncio.create_task(selfcancel());
  const g = asyncio.gather(a, b, f, sc, { return_exceptions: true });
  await asyncio.sleep(0.3);
  P("a.cancel ->", a.cancel("bye"), "f.cancel ->", f.cancel());
  const r = await g;
  print(...r.map(show));
  P("g", g.done(), g.cancelled(), "sc", sc.cancelled());
  const a2 = asyncio.create_task(w("a2", 1));
  const g2 = asyncio.gather(a2, w("b2", 2));
  await asyncio.sleep(0.1);
  a2.cancel("child msg");
  try {
    await g2;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) P("g2 raised", show(e), "g2.cancelled", g2.cancelled()); else throw e;
  }
  await asyncio.sleep(2);
}
await asyncio.run(main());
