let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
async function w(name, d, n = 0) {
  log(name, "start");
  await asyncio.sleep(d);
  for (let i = 0; i < n; i++) await asyncio.sleep(0);
  log(name, "finish");
  return name;
}
async function main() {
  t0 = asyncio.get_running_loop().time();
  const ts = [asyncio.create_task(w("a", 0.02)), asyncio.create_task(w("b", 0.01)), asyncio.create_task(w("c", 0.02)),
    asyncio.create_task(w("d", 0.01, 1)), asyncio.create_task(w("e", 0.01)), asyncio.create_task(w("f", 0, 2))];
  for (const f of asyncio.as_completed(ts)) {
    const r = await f;
    log("main", "next", r);
  }
  for (const f of asyncio.as_completed([asyncio.create_task(w("x", 0.01)), asyncio.create_task(w("y", 0.01)), asyncio.create_task(w("z", 0))])) log("main", "next2", await f);
}
await asyncio.run(main());
