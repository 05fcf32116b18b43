const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function stubborn() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("inner got CancelledError msg", `'${e.message}'`);
    await asyncio.sleep(0.2);
    return "swallowed";
  }
}
async function caller() {
  try {
    const r = await asyncio.wait_for(stubborn(), 5);
    print("caller got", r);
    return r;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("caller CancelledError msg", `'${e.message}'`);
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const c = asyncio.create_task(caller());
  await asyncio.sleep(1);
  c.cancel("go away");
  try {
    print("c ->", await c);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) P("main: c cancelled", c.cancelled(), `'${e.message}'`, (loop.time() - t0).toFixed(1)); else throw e;
  }
}
await asyncio.run(main());
