const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function w(n, d) {
  await asyncio.sleep(d);
  return n;
}
async function main() {
  let g = asyncio.gather(w(1, 0.1), w(2, 0.2));
  await asyncio.sleep(0.5);
  P("late cancel ->", g.cancel(), g.done(), g.result());
  g = asyncio.gather(w(3, 0.1), w(4, 1));
  await asyncio.sleep(0.5);
  P("cancel ->", g.cancel("stop"), "cancelled right after:", g.cancelled(), g.done());
  try {
    await g;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("raised CancelledError msg", `'${e.message}'`); else throw e;
  }
  P("done", g.done(), "cancelled", g.cancelled());
  const x = g.exception();
  print("exception()", x.name, `'${x.message}'`);
  g = asyncio.gather(w(5, 1), w(6, 0.1), { return_exceptions: true });
  await asyncio.sleep(0.5);
  P("cancel retexc ->", g.cancel());
  try {
    P("got", await g);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("retexc gather raised CancelledError", `'${e.message}'`); else throw e;
  }
}
await asyncio.run(main());
