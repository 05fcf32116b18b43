const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
const inner = asyncio.coroutine(async function inner() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("inner cancelled");
    throw e;
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(1);
  try {
    await asyncio.wait_for(asyncio.wait_for(inner(), 2), 1);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("outer-first: TimeoutError", el()); else throw e;
  }
  try {
    await asyncio.wait_for(asyncio.wait_for(inner(), 1), 2);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("inner-first: TimeoutError", el()); else throw e;
  }
  const t = asyncio.create_task(inner());
  try {
    await asyncio.wait_for(asyncio.gather(t, asyncio.sleep(5)), 0.5);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) P("gather timed out", el(), "t cancelled", t.cancelled()); else throw e;
  }
}
await asyncio.run(main());
