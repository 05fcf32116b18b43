let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const PL = (a) => "[" + a.map((x) => "'" + x + "'").join(", ") + "]";
async function w(name, n) {
  for (let i = 0; i < n; i++) await asyncio.sleep(0);
  log(name, "finish");
  return name;
}
async function main() {
  t0 = asyncio.get_running_loop().time();
  const t = asyncio.create_task(w("t", 2));
  const u = asyncio.create_task(w("u", 1));
  const g = asyncio.gather(t, u, t, u, t);
  g.add_done_callback((f) => log("cb", "gather outer"));
  t.add_done_callback((f) => log("cb", "t"));
  log("main", PL(await g));
  const v = asyncio.create_task(w("v", 1));
  const [done, pending] = await asyncio.wait([v, v, t]);
  log("main", "wait", done.size, pending.size);
  const x = asyncio.create_task(w("x", 1));
  for (const f of asyncio.as_completed([x, x, v])) log("main", "ac", await f);
}
await asyncio.run(main());
