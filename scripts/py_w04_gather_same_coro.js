const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
const runs = [];
const w = asyncio.coroutine(async function w(n) {
  print("run", n);
  await asyncio.sleep(0.1);
  return n;
});
async function v(n) {
  await asyncio.sleep(0.1);
  runs.push(n);
  return n * 2;
}
async function main() {
  const c = w(1);
  let r = await asyncio.gather(c, c, w(2), c);
  P(r);
  const p = v(5);
  r = await asyncio.gather(p, v(6), p);
  P(r, runs);
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  const g = asyncio.gather(f, f, f);
  f.set_result("x");
  P(await g);
}
await asyncio.run(main());
