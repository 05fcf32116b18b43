const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function main() {
  const loop = asyncio.get_running_loop();
  const cm = asyncio.timeout(1);
  try {
    cm.reschedule(loop.time() + 2);
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("before enter:", e.message); else throw e;
  }
  P("expired before enter", cm.expired());
  await cm.with(async () => { await asyncio.sleep(0.1); });
  P("after exit expired", cm.expired());
  try {
    await cm.with(async () => { print("re-entered (wrong)"); });
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("re-enter:", e.message); else throw e;
  }
  try {
    cm.reschedule(null);
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("after exit:", e.message); else throw e;
  }
  const cm2 = asyncio.timeout(0.1);
  try {
    await cm2.with(async () => { await asyncio.sleep(1); });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
  }
  try {
    cm2.reschedule(null);
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("after expire:", e.message); else throw e;
  }
  try {
    await cm2.with(async () => {});
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("re-enter expired:", e.message); else throw e;
  }
}
await asyncio.run(main());
