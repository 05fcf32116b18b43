const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function w(n, d) {
  try {
    await asyncio.sleep(d);
    print("done", n);
    return n;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("cancelled", n);
    throw e;
  }
}
async function main() {
  const a = asyncio.create_task(w("a", 1));
  const b = asyncio.create_task(w("b", 0.1));
  const c = asyncio.create_task(w("c", 2));
  const g1 = asyncio.gather(a, b);
  const g2 = asyncio.gather(c);
  const outer = asyncio.gather(g1, g2);
  await asyncio.sleep(0.5);
  P("cancel ->", outer.cancel());
  P("states", g1.done(), g2.done(), outer.done());
  try {
    await outer;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("outer raised CancelledError"); else throw e;
  }
  P("outer", outer.done(), outer.cancelled());
  P("g1", g1.done(), g1.cancelled(), "g2", g2.done(), g2.cancelled());
  P("a", a.cancelled(), "b", b.cancelled(), b.result(), "c", c.cancelled());
  P("cancel again ->", outer.cancel(), g1.cancel());
}
await asyncio.run(main());
