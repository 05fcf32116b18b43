let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const t_sleep = asyncio.coroutine(async function (name, d) {
  log(name, "sleep");
  await asyncio.sleep(d);
  log(name, "woke");
});
const main = asyncio.coroutine(async function () {
  const loop = asyncio.get_running_loop();
  t0 = loop.time();
  loop.call_later(0, log, "later0", "A");
  loop.call_soon(log, "soon", "B");
  loop.call_later(-1, log, "later-neg", "C");
  loop.call_at(loop.time(), log, "at-now", "D");
  const ts = [asyncio.create_task(t_sleep("s0", 0)), asyncio.create_task(t_sleep("s-tiny", 0.000001)),
    asyncio.create_task(t_sleep("s-neg", -1))];
  loop.call_soon(log, "soon", "E");
  loop.call_later(0, () => { log("later0", "F"); loop.call_soon(log, "soon-from-F", "G"); loop.call_later(0, log, "later0-from-F", "H"); });
  log("main", "yield 1");
  await asyncio.sleep(0);
  log("main", "yield 2");
  await asyncio.sleep(0);
  log("main", "yield 3");
  await asyncio.gather(...ts);
  await asyncio.sleep(0.001);
  log("main", "end");
});
await asyncio.run(main());
