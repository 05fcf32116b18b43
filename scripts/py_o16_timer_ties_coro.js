let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const sl = asyncio.coroutine(async function (name, d) {
  log(name, "sleep", d);
  await asyncio.sleep(d);
  log(name, "woke");
});
const main = asyncio.coroutine(async function () {
  const loop = asyncio.get_running_loop();
  t0 = loop.time();
  const when = t0 + 0.02;
  loop.call_at(when, log, "call_at", "A");
  const ts = [asyncio.create_task(sl("s1", 0.02))];
  loop.call_later(0.02, log, "call_later", "B");
  ts.push(asyncio.create_task(sl("s2", 0.02)));
  loop.call_later(0.01, () => { log("call_later", "C"); loop.call_later(0.01, log, "nested", "D"); });
  ts.push(asyncio.create_task(sl("s3", 0.01)));
  loop.call_soon(log, "soon", "E");
  await asyncio.sleep(0.02);
  log("main", "woke");
  await asyncio.gather(...ts);
  log("main", "end");
});
await asyncio.run(main());
