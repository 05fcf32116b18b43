let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
let tick = 0;
const ticker = asyncio.coroutine(async function () {
  while (true) {
    tick += 1;
    await asyncio.sleep(0);
  }
});
const quick = asyncio.coroutine(async function (n) {
  for (let i = 0; i < n; i++) await asyncio.sleep(0);
  return n;
});
const measure = asyncio.coroutine(async function (label, make) {
  const start = tick;
  const r = await make();
  log(label, "hops", tick - start, r);
});
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const tk = asyncio.create_task(ticker());
  await asyncio.sleep(0);
  await measure("task", async () => await asyncio.create_task(quick(2)));
  await measure("gather", async () => (await asyncio.gather(asyncio.create_task(quick(1)), asyncio.create_task(quick(2)))).reduce((x, y) => x + y));
  await measure("gather_coros", async () => (await asyncio.gather(quick(1), quick(2))).reduce((x, y) => x + y));
  await measure("wait", async () => {
    const [d, p] = await asyncio.wait([asyncio.create_task(quick(2))]);
    return d.size;
  });
  await measure("wait_first", async () => {
    const t1 = asyncio.create_task(quick(1)), t2 = asyncio.create_task(quick(3));
    const [d, p] = await asyncio.wait([t1, t2], { return_when: asyncio.FIRST_COMPLETED });
    await t2;
    return d.size;
  });
  await measure("wait_for", async () => await asyncio.wait_for(asyncio.create_task(quick(2)), 1));
  await measure("wait_for_coro", async () => await asyncio.wait_for(quick(2), 1));
  await measure("shield", async () => await asyncio.shield(asyncio.create_task(quick(2))));
  await measure("as_completed", async () => {
    for (const x of asyncio.as_completed([asyncio.create_task(quick(2))])) return await x;
  });
  await measure("future_soon", async () => {
    const fut = asyncio.get_running_loop().create_future();
    asyncio.get_running_loop().call_soon((v) => fut.set_result(v), "v");
    return await fut;
  });
  await measure("event", async () => {
    const ev = new asyncio.Event();
    const setter = asyncio.coroutine(async function () {
      await asyncio.sleep(0);
      ev.set();
    });
    asyncio.create_task(setter());
    return (await ev.wait()) ? "True" : "False";
  });
  await measure("queue", async () => {
    const q = new asyncio.Queue();
    const putter = asyncio.coroutine(async function () {
      await asyncio.sleep(0);
      q.put_nowait("item");
    });
    asyncio.create_task(putter());
    return await q.get();
  });
  await measure("taskgroup", async () => {
    let t;
    await new asyncio.TaskGroup().with(async (tg) => {
      t = tg.create_task(quick(2));
    });
    return t.result();
  });
  await measure("timeout", async () => await asyncio.timeout(1).with(async () => await quick(2)));
  tk.cancel();
});
await asyncio.run(main());
