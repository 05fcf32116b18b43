let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const target = asyncio.coroutine(async function (n) {
  for (let i = 0; i < n; i++) await asyncio.sleep(0);
  log("target", "return");
  return "T";
});
const awaiter = asyncio.coroutine(async function (name, t) {
  const r = await t;
  log(name, "resumed", r);
  asyncio.get_running_loop().call_soon(log, "soon from", name);
});
function make_cb(label) {
  return (f) => {
    log("cb", label, f.result());
    asyncio.get_running_loop().call_soon(log, "soon from cb", label);
    if (label === "early") asyncio.get_running_loop().create_task(awaiter("spawned-by-cb", f));
  };
}
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const t = asyncio.create_task(target(2));
  t.add_done_callback(make_cb("early"));
  const a1 = asyncio.create_task(awaiter("a1", t));
  await asyncio.sleep(0);
  t.add_done_callback(make_cb("mid"));
  const a2 = asyncio.create_task(awaiter("a2", t));
  log("main", "awaiting");
  const r = await t;
  log("main", "resumed", r);
  t.add_done_callback(make_cb("late"));
  await asyncio.gather(a1, a2);
  await asyncio.sleep(0);
  log("main", "end");
});
await asyncio.run(main());
