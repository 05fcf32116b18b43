const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function work(n, d) {
  try {
    await asyncio.sleep(d);
    print("work finished", n);
    return n;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("work cancelled", n);
    throw e;
  }
}
async function main() {
  const t = asyncio.create_task(work("protected", 0.5));
  let g = asyncio.gather(asyncio.shield(t), work("plain", 0.5));
  await asyncio.sleep(0.1);
  P("cancel ->", g.cancel());
  try {
    await g;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) P("gather cancelled; t done", t.done()); else throw e;
  }
  print("t ->", await t);
  g = asyncio.gather(asyncio.shield(asyncio.sleep(0.1, "s")), { return_exceptions: true });
  await asyncio.sleep(0);
  P("cancel2 ->", g.cancel());
  try {
    P(await g);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("gather2 cancelled"); else throw e;
  }
  await asyncio.sleep(0.2);
}
await asyncio.run(main());
