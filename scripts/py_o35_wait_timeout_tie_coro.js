let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const PL = (a) => "[" + a.map((x) => "'" + x + "'").join(", ") + "]";
const w = asyncio.coroutine(async function (name, d) {
  await asyncio.sleep(d);
  log(name, "finish");
  return name;
});
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const ts = [0.01, 0.02, 0.02, 0.03].map((d, i) => asyncio.create_task(w(`t${i}`, d)));
  const [done, pending] = await asyncio.wait(ts, { timeout: 0.02 });
  log("main", "wait", PL([...done].map((t) => t.result()).sort()), pending.size);
  const ts2 = [0.02, 0.01, 0.04].map((d, i) => asyncio.create_task(w(`u${i}`, d)));
  const got = [];
  try {
    for (const f of asyncio.as_completed(ts2, { timeout: 0.02 })) {
      got.push(await f);
      log("main", "ac", got[got.length - 1]);
    }
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    log("main", "ac timeout", PL(got));
  }
  await asyncio.gather(...ts, ...ts2);
  log("main", "end");
});
await asyncio.run(main());
