let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const awaiter = asyncio.coroutine(async function (name, fut) {
  log(name, "await");
  const r = await fut;
  log(name, "got", r);
  await asyncio.sleep(0);
  log(name, "end");
});
const ticker = asyncio.coroutine(async function () {
  for (let i = 0; i < 4; i++) {
    log("ticker", i);
    await asyncio.sleep(0);
  }
});
const main = asyncio.coroutine(async function () {
  const loop = asyncio.get_running_loop();
  t0 = loop.time();
  const f1 = loop.create_future(), f2 = loop.create_future(), f3 = loop.create_future();
  const ts = [asyncio.create_task(awaiter("a1", f1)), asyncio.create_task(awaiter("a2", f2)),
    asyncio.create_task(awaiter("a3", f3)), asyncio.create_task(awaiter("a1b", f1)),
    asyncio.create_task(ticker())];
  loop.call_soon(() => { log("cb", "soon f2"); f2.set_result("two"); });
  loop.call_later(0.01, () => { log("cb", "later f1"); f1.set_result("one"); });
  loop.call_later(0.01, () => { log("cb", "later f3"); f3.set_result("three"); });
  loop.call_soon(log, "cb", "soon plain");
  log("main", "scheduled");
  await asyncio.gather(...ts);
  log("main", "end");
});
await asyncio.run(main());
