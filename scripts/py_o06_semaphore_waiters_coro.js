let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const B = (x) => (x ? "True" : "False");
const job = asyncio.coroutine(async function (name, sem, d) {
  log(name, "want");
  await sem.with(async () => {
    log(name, "got", B(sem.locked()));
    await asyncio.sleep(d);
    log(name, "release");
  });
  log(name, "out");
});
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const sem = new asyncio.Semaphore(2);
  const delays = [0.02, 0.01, 0, 0.01, 0.02, 0, 0.01];
  const ts = delays.map((d, i) => asyncio.create_task(job(`j${i}`, sem, d)));
  await asyncio.sleep(0);
  log("main", "locked", B(sem.locked()));
  await asyncio.gather(...ts);
  log("main", "end", B(sem.locked()));
});
await asyncio.run(main());
