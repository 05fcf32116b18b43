let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const w = asyncio.coroutine(async function (name, n) {
  for (let i = 0; i < n; i++) {
    log(name, "step", i);
    await asyncio.sleep(0);
  }
  log(name, "finish");
  return n;
});
const all_tasks = [];
function on_done(t) {
  const n = t.result();
  log("cb", t.get_name(), n);
  if (n > 0) {
    const nt = asyncio.get_running_loop().create_task(w(`child${n}`, n - 1), { name: `c${n}` });
    nt.add_done_callback(on_done);
    all_tasks.push(nt);
    asyncio.get_running_loop().call_soon(log, "soon after", t.get_name());
  }
}
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  const t = asyncio.create_task(w("root", 3), { name: "root" });
  t.add_done_callback(on_done);
  t.add_done_callback((_) => log("cb2", "root"));
  const u = asyncio.create_task(w("side", 8), { name: "side" });
  await u;
  log("main", "tasks", all_tasks.length, all_tasks.every((x) => x.done()) ? "True" : "False");
});
await asyncio.run(main());
