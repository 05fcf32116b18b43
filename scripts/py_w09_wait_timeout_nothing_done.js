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
const names = (s) => [...s].map((t) => t.get_name()).sort().join(",") || "-";
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(1);
  const ts = [0, 1, 2].map((i) => asyncio.create_task(w(i, 1 + i * 0.5), { name: `t${i}` }));
  let [done, pending] = await asyncio.wait(ts, { timeout: 0.5 });
  print("A", names(done), "|", names(pending), el(), done instanceof Set ? "set" : typeof done);
  P(ts.map((t) => t.done()), ts.map((t) => t.cancelled()));
  [done, pending] = await asyncio.wait(ts, { timeout: 0.7, return_when: asyncio.FIRST_COMPLETED });
  print("B", names(done), "|", names(pending), el());
  [done, pending] = await asyncio.wait(pending, { timeout: 0.2, return_when: asyncio.FIRST_COMPLETED });
  print("C", names(done), "|", names(pending), el());
  [done, pending] = await asyncio.wait(pending, { timeout: 10 });
  print("D", names(done), "|", names(pending), el());
}
await asyncio.run(main());
