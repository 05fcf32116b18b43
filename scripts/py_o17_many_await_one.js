let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
async function target() {
  log("target", "start");
  for (let i = 0; i < 2; i++) {
    await asyncio.sleep(0);
    log("target", "step", i);
  }
  return 42;
}
async function follower(name, t, pre) {
  for (let i = 0; i < pre; i++) await asyncio.sleep(0);
  log(name, "awaiting target", t.done() ? "True" : "False");
  const r = await t;
  log(name, "got", r);
  await asyncio.sleep(0);
  log(name, "end");
  return name;
}
async function main() {
  t0 = asyncio.get_running_loop().time();
  const t = asyncio.create_task(target());
  const fs = [0, 3, 1, 2, 0, 5].map((p, i) => asyncio.create_task(follower(`f${i}`, t, p)));
  t.add_done_callback((_) => log("cb", "target done"));
  const res = await asyncio.gather(...fs);
  log("main", res.join(","), await t);
}
await asyncio.run(main());
