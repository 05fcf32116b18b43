let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const w = asyncio.coroutine(async function (name, n) {
  for (let i = 0; i < n; i++) {
    log(name, i);
    await asyncio.sleep(0);
  }
  return name;
});
const grp = asyncio.coroutine(async function (name, specs) {
  log(name, "start");
  const r = await asyncio.gather(...specs.map(([c, n]) => w(`${name}${c}`, n)));
  log(name, "done", r.join(","));
  return r.join("|");
});
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const r = await asyncio.gather(grp("A", [["x", 2], ["y", 0]]), w("solo", 3), grp("B", [["x", 1], ["y", 1], ["z", 2]]));
  log("main", r.join(";"));
});
await asyncio.run(main());
