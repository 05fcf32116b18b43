let T0;
const sleeper = asyncio.coroutine(async function sleeper(name, d) {
  try {
    await asyncio.sleep(d);
    print(name, "slept");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled", `'${e.message}'`, "at", Math.round((asyncio.get_running_loop().time() - T0) * 100) / 100);
    throw e;
  }
});
const fwait = asyncio.coroutine(async function fwait(name, f) {
  try {
    print(name, "got", await f);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(name, "future cancelled", `'${e.message}'`, "task cancelling", asyncio.current_task().cancelling());
    return "absorbed";
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  T0 = loop.time();
  const a = asyncio.create_task(sleeper("A", 1));
  const b = asyncio.create_task(sleeper("B", 0.1));
  loop.call_later(0.05, (m) => a.cancel(m), "timer msg");
  const h = loop.call_later(0.07, (m) => b.cancel(m), "never");
  const f = loop.create_future();
  const c = asyncio.create_task(fwait("C", f));
  loop.call_later(0.03, (m) => f.cancel(m), "fut msg");
  await asyncio.sleep(0.06);
  h.cancel();
  const res = await asyncio.gather(a, b, c, { return_exceptions: true });
  print("[" + res.map((r) => (r instanceof Error ? `'${r.name}'` : r === undefined ? "None" : `'${r}'`)).join(", ") + "]");
}
await asyncio.run(main());
