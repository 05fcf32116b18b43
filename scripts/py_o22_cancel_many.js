let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
async function victim(name, how) {
  try {
    log(name, "start");
    if (how === "sleep") await asyncio.sleep(1);
    else if (how === "sleep0") { while (true) await asyncio.sleep(0); }
    else if (how === "event") await new asyncio.Event().wait();
    else if (how === "fut") await asyncio.get_running_loop().create_future();
    else if (how === "task") await asyncio.create_task(asyncio.sleep(1));
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      log(name, "cancelled");
      await asyncio.sleep(0);
      log(name, "cleanup done");
    }
    throw e;
  } finally {
    log(name, "finally");
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  t0 = loop.time();
  const ts = ["sleep", "sleep0", "event", "fut", "task", "sleep"].map((h, i) => asyncio.create_task(victim(`v${i}-${h}`, h)));
  const late = asyncio.create_task(victim("late", "sleep"));
  for (let k = 0; k < 3; k++) await asyncio.sleep(0);
  loop.call_soon(log, "soon", "before cancels");
  for (const t of [...ts].reverse()) t.cancel();
  late.cancel();
  loop.call_soon(log, "soon", "after cancels");
  log("main", "cancelled all");
  const res = await asyncio.gather(...ts, late, { return_exceptions: true });
  log("main", "[" + res.map((r) => "'" + r.name + "'").join(", ") + "]");
}
await asyncio.run(main());
