const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
const inner = asyncio.coroutine(async function inner(tag, d) {
  try {
    await asyncio.sleep(d);
    print(tag, "inner finished");
    return tag;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(tag, "inner cancelled");
    throw e;
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(1);
  try {
    await asyncio.timeout(1).with(async () => {
      await asyncio.sleep(1);
      print("body finished at deadline (wrong)");
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("A timeout", el()); else throw e;
  }
  let t = asyncio.create_task(inner("B", 2));
  await asyncio.sleep(1);
  try {
    await asyncio.timeout(1).with(async () => {
      print("B ->", await t);
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) P("B timeout", el(), "t cancelled", t.cancelled()); else throw e;
  }
  t = asyncio.create_task(inner("C", 2));
  await asyncio.sleep(1);
  try {
    print("C ->", await asyncio.wait_for(asyncio.shield(t), 1));
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) P("C timeout", el(), "t cancelled", t.cancelled()); else throw e;
  }
  await asyncio.sleep(0);
  P("C t done", t.done());
}
await asyncio.run(main());
