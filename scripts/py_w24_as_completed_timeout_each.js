const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function w(n, d) {
  await asyncio.sleep(d);
  print("finished", n);
  return n;
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(1);
  const ts = [["a", 0.1], ["b", 0.4], ["c", 0.2], ["d", 0.6]].map(([n, d]) => asyncio.create_task(w(n, d)));
  const it = asyncio.as_completed(ts, { timeout: 0.3 });
  for (const f of it) {
    try {
      print("got", await f, el());
    } catch (e) {
      if (e instanceof asyncio.TimeoutError) print("timeout", el()); else throw e;
    }
  }
  P("states", ts.map((t) => t.done()), ts.map((t) => t.cancelled()));
  await asyncio.sleep(1);
  P("end", el(), ts.map((t) => t.result()));
}
await asyncio.run(main());
