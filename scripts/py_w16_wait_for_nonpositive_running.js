const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function stubborn() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("stubborn swallowed");
    await asyncio.sleep(0.3);
    return "kept";
  }
}
async function plain() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("plain cancelled");
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const t = asyncio.create_task(stubborn());
  await asyncio.sleep(0);
  print("stubborn ->", await asyncio.wait_for(t, -1), (loop.time() - t0).toFixed(1));
  const t2 = asyncio.create_task(plain());
  await asyncio.sleep(0);
  try {
    await asyncio.wait_for(t2, 0);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) P("timeout; t2 cancelled", t2.cancelled(), (loop.time() - t0).toFixed(1)); else throw e;
  }
  const t3 = asyncio.create_task(stubborn());
  await asyncio.sleep(0);
  print("stubborn with 0.1 ->", await asyncio.wait_for(t3, 0.1), (loop.time() - t0).toFixed(1));
}
await asyncio.run(main());
