let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
async function w(name, n) {
  for (let i = 0; i < n; i++) await asyncio.sleep(0);
  log(name, "finish");
  return name;
}
async function slp(name, d) {
  await asyncio.sleep(d);
  log(name, "finish");
  return name;
}
const cb = (label) => (f) => log("cb", label);
async function main() {
  t0 = asyncio.get_running_loop().time();
  const ts = [0, 1, 2, 3].map((i) => asyncio.create_task(w(`w${i}`, 2)));
  ts.forEach((t, i) => t.add_done_callback(cb(`t${i}`)));
  const g = asyncio.gather(...ts);
  g.add_done_callback(cb("gather"));
  const h = asyncio.gather(slp("s1", 0.01), slp("s2", 0.01), w("x", 1));
  h.add_done_callback(cb("gather2"));
  log("main", "awaiting");
  let r = await g;
  log("main", "g", r.join(","));
  r = await h;
  log("main", "h", r.join(","));
}
await asyncio.run(main());
