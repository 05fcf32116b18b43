const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(1);
  let cm = asyncio.timeout(1);
  try {
    await cm.with(async () => {
      await asyncio.sleep(0.1);
      throw new ValueError("early");
    });
  } catch (e) {
    if (e instanceof ValueError) P("ValueError", e.message, "expired", cm.expired(), el()); else throw e;
  }
  cm = asyncio.timeout(0.5);
  try {
    await cm.with(async () => {
      try {
        await asyncio.sleep(1);
      } catch (e) {
        if (e instanceof asyncio.CancelledError) throw new ValueError("during cancel");
        throw e;
      }
    });
  } catch (e) {
    if (e instanceof ValueError) P("ValueError", e.message, "expired", cm.expired(), el());
    else if (e instanceof asyncio.TimeoutError) print("TimeoutError (wrong)");
    else throw e;
  }
  print("cancelling", asyncio.current_task().cancelling());
  await asyncio.sleep(0.2);
  print("sleep works", el());
  try {
    await asyncio.timeout(0.5).with(async () => {
      try {
        await asyncio.sleep(1);
      } finally {
        print("finally in body", el());
      }
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("TimeoutError", el()); else throw e;
  }
}
await asyncio.run(main());
