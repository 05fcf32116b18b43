const B = (x) => (x ? "True" : "False");
class KeyError extends Error { constructor(k) { super(`'${k}'`); this.name = "KeyError"; } }
async function swallower(tag, extra) {
  try {
    await asyncio.sleep(1);
    return tag + "-normal";
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(tag, "swallowing");
    if (extra) await asyncio.sleep(extra);
    return tag + "-swallowed";
  }
}
async function reraiser_other() {
  try { await asyncio.sleep(1); } catch (e) {
    if (e instanceof asyncio.CancelledError) throw new KeyError("converted");
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const r2 = () => Math.round((loop.time() - t0) * 100) / 100;
  for (const [tag, extra] of [["A", 0], ["B", 0.2]]) {
    try {
      const r = await asyncio.wait_for(swallower(tag, extra), 0.1);
      print(tag, "wait_for returned", r, r2());
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      print(tag, "TimeoutError", r2());
    }
  }
  try {
    await asyncio.wait_for(reraiser_other(), 0.1);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("C TimeoutError");
    else if (e instanceof KeyError) print("C KeyError", e.message);
    else throw e;
  }
  try {
    const cm = asyncio.timeout(0.1);
    const r = await cm.with(async () => await swallower("D", 0));
    print("D block returned", r, "expired", B(cm.expired()));
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("D TimeoutError");
  }
  const t = asyncio.create_task(swallower("E", 0));
  try {
    const r = await asyncio.wait_for(t, 0.1);
    print("E wait_for returned", r, "task cancelled", B(t.cancelled()));
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("E TimeoutError");
  }
  print("cancelling at end", asyncio.current_task().cancelling());
}
await asyncio.run(main());
