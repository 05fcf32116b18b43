const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const rel = (w) => w == null ? null : (w - t0).toFixed(1);
  let cm = asyncio.timeout(1.5);
  P("timeout(1.5).when", rel(cm.when()));
  await asyncio.sleep(1);
  await cm.with(async () => {
    P("entered 1s later: when", rel(cm.when()));
    await asyncio.sleep(0.2);
  });
  P("exited ok", cm.expired(), rel(cm.when()));
  cm = asyncio.timeout_at(t0 + 3);
  P("timeout_at when", rel(cm.when()));
  await cm.with(async () => {
    cm.reschedule(null);
    P("after reschedule(None)", cm.when());
    await asyncio.sleep(3);
    cm.reschedule(loop.time() + 10);
    P("rescheduled", rel(cm.when()));
  });
  P("timeout_at(None).when", asyncio.timeout_at(null).when());
  try {
    await asyncio.timeout(1.5 - 1).with(async () => {
      await asyncio.sleep(1);
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("small timeout fired", (loop.time() - t0).toFixed(1)); else throw e;
  }
}
await asyncio.run(main());
