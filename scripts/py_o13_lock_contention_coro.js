let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const w = asyncio.coroutine(async function (name, lock, n) {
  for (let i = 0; i < n; i++) {
    log(name, "acquire", i);
    await lock.with(async () => {
      log(name, "in", i);
      await asyncio.sleep(0);
      log(name, "out", i);
    });
    await asyncio.sleep(0);
  }
  log(name, "end");
});
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const lock = new asyncio.Lock();
  const ts = [["a", 2], ["b", 3], ["c", 1], ["d", 2]].map(([n, k]) => asyncio.create_task(w(n, lock, k)));
  await asyncio.sleep(0);
  await asyncio.sleep(0);
  log("main", "locked", lock.locked() ? "True" : "False");
  await asyncio.gather(...ts);
  log("main", "end", lock.locked() ? "True" : "False");
});
await asyncio.run(main());
