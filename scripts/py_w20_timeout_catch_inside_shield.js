const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function work() {
  await asyncio.sleep(1);
  print("work finished");
  return "work result";
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(1);
  try {
    await asyncio.timeout(0.5).with(async () => {
      try {
        await asyncio.sleep(1);
      } catch (e) {
        if (e instanceof asyncio.TimeoutError) print("caught TimeoutError inside (wrong)");
        else if (e instanceof asyncio.CancelledError) { print("inside sees CancelledError", el()); throw e; }
        else throw e;
      }
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) P("outside sees", e.name, e instanceof asyncio.TimeoutError); else throw e;
  }
  let t = asyncio.create_task(work());
  try {
    await asyncio.timeout(0.5).with(async () => {
      await asyncio.shield(t);
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) P("shielded timeout", el(), "t done", t.done(), "t cancelled", t.cancelled()); else throw e;
  }
  print("t ->", await t, el());
  t = asyncio.create_task(work());
  try {
    await asyncio.wait_for(asyncio.shield(t), 0.5);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) P("wait_for shield timeout", el(), t.done()); else throw e;
  }
  print("t ->", await t, el());
}
await asyncio.run(main());
