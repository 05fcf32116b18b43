let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const work = asyncio.coroutine(async function (name, d) {
  log(name, "start", d);
  try {
    await asyncio.sleep(d);
    log(name, "finished");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) log(name, "cancelled");
    throw e;
  }
});
const guarded = asyncio.coroutine(async function (name, d, limit) {
  try {
    return await asyncio.timeout(limit).with(async () => await work(name, d));
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    log(name, "timeout");
    return name + "-TO";
  }
});
const wf = asyncio.coroutine(async function (name, d, limit) {
  try {
    return await asyncio.wait_for(work(name, d), limit);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    log(name, "wait_for timeout");
    return name + "-TO";
  }
});
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const r = await asyncio.gather(guarded("g1", 0.02, 0.02), guarded("g2", 0.01, 0.02), guarded("g3", 0.03, 0.02),
    wf("f1", 0.02, 0.02), wf("f2", 0.03, 0.02), wf("f3", 0.01, 0.02), work("plain", 0.02));
  log("main", r.join(","));
});
await asyncio.run(main());
