const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function w(n, d) {
  await asyncio.sleep(d);
  print("body end", n);
  return n;
}
async function main() {
  const ts = [["a", 0.3], ["b", 0.1], ["c", 0.2], ["d", 0.1]].map(([n, d]) => asyncio.create_task(w(n, d)));
  ts.forEach((t, i) => t.add_done_callback(() => print("cb", "abcd"[i])));
  const g = asyncio.gather(...ts);
  g.add_done_callback((g) => P("gather cb", g.result()));
  ts.forEach((t, i) => t.add_done_callback(() => print("late cb", "abcd"[i])));
  const r = await g;
  P("main got", r);
}
await asyncio.run(main());
