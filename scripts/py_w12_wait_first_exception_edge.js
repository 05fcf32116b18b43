const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function bad() {
  await asyncio.sleep(0.1);
  throw new ValueError("x");
}
const names = (s) => [...s].map((t) => t.get_name()).sort().join(",") || "-";
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(1);
  const b = asyncio.create_task(bad(), { name: "bad" });
  const s = asyncio.create_task(asyncio.sleep(5), { name: "slow" });
  await asyncio.sleep(0.2);
  let [done, pending] = await asyncio.wait([b, s], { return_when: asyncio.FIRST_EXCEPTION });
  print("FE predone", names(done), "|", names(pending), el());
  [done, pending] = await asyncio.wait([b, s], { return_when: asyncio.FIRST_COMPLETED });
  print("FC predone", names(done), "|", names(pending), el());
  const c = asyncio.create_task(asyncio.sleep(5), { name: "c" });
  const s2 = asyncio.create_task(asyncio.sleep(0.5), { name: "s2" });
  loop.call_later(0.1, () => c.cancel());
  [done, pending] = await asyncio.wait([c, s2], { return_when: asyncio.FIRST_EXCEPTION });
  print("FE cancelled is no exception", names(done), "|", names(pending), el());
  const c2 = asyncio.create_task(asyncio.sleep(5), { name: "c2" });
  loop.call_later(0.1, () => c2.cancel());
  [done, pending] = await asyncio.wait([c2, s], { return_when: asyncio.FIRST_COMPLETED });
  print("FC cancelled counts", names(done), "|", names(pending), el());
  s.cancel();
  print("exc", rp(b.exception()));
}
await asyncio.run(main());
