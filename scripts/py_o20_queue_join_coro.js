let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const worker = asyncio.coroutine(async function (name, q, d) {
  while (true) {
    const it = await q.get();
    log(name, "got", it);
    await asyncio.sleep(d);
    log(name, "done", it);
    q.task_done();
  }
});
const joiner = asyncio.coroutine(async function (name, q) {
  log(name, "join");
  await q.join();
  log(name, "joined");
});
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const q = new asyncio.Queue();
  for (let i = 0; i < 5; i++) q.put_nowait(i);
  const ws = [0.01, 0, 0.02].map((d, i) => asyncio.create_task(worker(`w${i}`, q, d)));
  const js = [asyncio.create_task(joiner("j1", q)), asyncio.create_task(joiner("j2", q))];
  await q.join();
  log("main", "joined");
  await asyncio.gather(...js);
  for (const w of ws) w.cancel();
  const r = await asyncio.gather(...ws, { return_exceptions: true });
  log("main", "[" + r.map((x) => "'" + x.name + "'").join(", ") + "]");
});
await asyncio.run(main());
