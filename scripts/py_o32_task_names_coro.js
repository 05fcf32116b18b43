let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const PL = (a) => "[" + a.map((x) => (Array.isArray(x) ? PL(x) : "'" + x + "'")).join(", ") + "]";
const leaf = asyncio.coroutine(async function (tag) {
  log(asyncio.current_task().get_name(), "leaf", tag);
  await asyncio.sleep(0);
  return tag;
});
const spawner = asyncio.coroutine(async function (tag, n) {
  const me = asyncio.current_task().get_name();
  log(me, "spawner", tag);
  const ts = [];
  for (let i = 0; i < n; i++) ts.push(asyncio.create_task(leaf(`${tag}${i}`)));
  log(me, "made", PL(ts.map((t) => t.get_name())));
  return await asyncio.gather(...ts);
});
function from_cb(tag) {
  const t = asyncio.get_running_loop().create_task(leaf(tag));
  log("cb", "made", t.get_name());
}
const main = asyncio.coroutine(async function () {
  const loop = asyncio.get_running_loop();
  t0 = loop.time();
  loop.call_soon(from_cb, "cbA");
  const a = asyncio.create_task(spawner("x", 2));
  loop.call_soon(from_cb, "cbB");
  const b = asyncio.create_task(spawner("y", 1), { name: "named" });
  const g = asyncio.gather(leaf("g1"), spawner("z", 1));
  log("main", "made", a.get_name(), b.get_name());
  const r = await asyncio.gather(a, b, g);
  log("main", PL(r));
  await asyncio.sleep(0);
  log("main", "task count", asyncio.all_tasks().size);
});
await asyncio.run(main());
