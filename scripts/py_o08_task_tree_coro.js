let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const leaf = asyncio.coroutine(async function (name, d) {
  log(name, "start");
  await asyncio.sleep(d);
  log(name, "end");
  return name;
});
const node = asyncio.coroutine(async function (name, depth) {
  log(name, "start");
  if (depth === 0) return await leaf(name + ".L", 0.01);
  const kids = [0, 1].map((i) => asyncio.create_task(node(`${name}.${i}`, depth - 1)));
  log(name, "spawned");
  await asyncio.sleep(0);
  log(name, "yielded");
  const res = [];
  for (const k of [...kids].reverse()) {
    res.push(await k);
    log(name, "joined", res[res.length - 1]);
  }
  return res.join("+");
});
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  print(await asyncio.create_task(node("r", 2)));
  log("main", "end");
});
await asyncio.run(main());
