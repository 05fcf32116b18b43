let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const player = asyncio.coroutine(async function (name, inbox, outbox, rounds) {
  for (let i = 0; i < rounds; i++) {
    log(name, "get", i);
    const item = await inbox.get();
    log(name, "got", item);
    await outbox.put(item + 1);
    log(name, "put", item + 1);
  }
  log(name, "end");
});
const watcher = asyncio.coroutine(async function (q) {
  for (let i = 0; i < 3; i++) {
    await asyncio.sleep(0);
    log("watcher", i, q.qsize());
  }
});
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const a = new asyncio.Queue(), b = new asyncio.Queue();
  const ta = asyncio.create_task(player("ping", a, b, 3));
  const tb = asyncio.create_task(player("pong", b, a, 3));
  const tw = asyncio.create_task(watcher(a));
  log("main", "kick");
  a.put_nowait(0);
  await asyncio.gather(ta, tb, tw);
  log("main", "left", a.qsize(), b.qsize(), a.get_nowait());
});
await asyncio.run(main());
