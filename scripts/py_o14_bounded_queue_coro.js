let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const producer = asyncio.coroutine(async function (name, q, items) {
  for (const it of items) {
    log(name, "put?", it);
    await q.put(it);
    log(name, "put!", it, q.qsize());
  }
  log(name, "end");
});
const consumer = asyncio.coroutine(async function (name, q, n, d) {
  const got = [];
  for (let i = 0; i < n; i++) {
    const it = await q.get();
    log(name, "got", it);
    got.push(it);
    await asyncio.sleep(d);
  }
  log(name, "end");
  return got;
});
const L = (a) => "[" + a.join(", ") + "]";
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const q = new asyncio.Queue({ maxsize: 1 });
  const ps = [asyncio.create_task(producer("p1", q, [1, 2, 3])), asyncio.create_task(producer("p2", q, [10, 20])),
    asyncio.create_task(producer("p3", q, [100]))];
  const cs = [asyncio.create_task(consumer("c1", q, 3, 0.01)), asyncio.create_task(consumer("c2", q, 3, 0))];
  const r = await asyncio.gather(...ps, ...cs);
  log("main", L(r[3]), L(r[4]));
});
await asyncio.run(main());
