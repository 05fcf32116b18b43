let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const PL = (a) => "[" + a.map((x) => "'" + x + "'").join(", ") + "]";
const gen_worker = asyncio.coroutine(function* (name, n) {
  for (let i = 0; i < n; i++) {
    log(name, "gen step", i);
    yield asyncio.sleep(0);
  }
  return name;
});
const native = asyncio.coroutine(async function (name, n) {
  for (let i = 0; i < n; i++) {
    log(name, "native step", i);
    await asyncio.sleep(0);
  }
  const r = await gen_worker(name + "/sub", 1);
  log(name, "sub returned", r);
  return name;
});
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const ts = [asyncio.create_task(gen_worker("g1", 3)), asyncio.create_task(native("n1", 2)),
    asyncio.ensure_future(gen_worker("g2", 1)), asyncio.create_task(native("n2", 0))];
  log("main", PL(await asyncio.gather(...ts)));
});
await asyncio.run(main());
