const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(1);
  let cm = asyncio.timeout(null);
  await cm.with(async (cm) => {
    P("none: when", cm.when(), "expired", cm.expired());
    await asyncio.sleep(0.1);
  });
  P("none after", cm.expired());
  cm = asyncio.timeout(5);
  try {
    await cm.with(async (cm) => {
      print("when rel", (cm.when() - t0).toFixed(1));
      cm.reschedule(loop.time() - 1);
      P("rescheduled into past; expired", cm.expired());
      await asyncio.sleep(0);
      print("not reached");
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) P("past reschedule fired", cm.expired(), el()); else throw e;
  }
  try {
    await asyncio.timeout_at(loop.time() + 1).with(async (cm) => {
      cm.reschedule(cm.when() + 1);
      await asyncio.sleep(1.5);
      print("survived 1.5", el());
      await asyncio.sleep(1);
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("timeout_at fired", el()); else throw e;
  }
  try {
    await asyncio.timeout(1).with(async (cm) => {
      cm.reschedule(loop.time());
      P("rescheduled to now; expired", cm.expired());
      await asyncio.sleep(0.5);
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("now reschedule fired", el()); else throw e;
  }
}
await asyncio.run(main());
