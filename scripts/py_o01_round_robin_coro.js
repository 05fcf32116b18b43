let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const worker = asyncio.coroutine(async function (name, n) {
  for (let i = 0; i < n; i++) {
    log(name, "step", i);
    await asyncio.sleep(0);
  }
  log(name, "end");
  return name.repeat(n);
});
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const tasks = [..."abcdef"].map((c, i) => asyncio.create_task(worker(c, [3, 1, 4, 0, 2, 5][i])));
  log("main", "created");
  await asyncio.sleep(0);
  log("main", "after yield");
  print((await asyncio.gather(...tasks)).join(","));
  log("main", "end");
});
await asyncio.run(main());
