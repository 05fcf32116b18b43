const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
const inner = asyncio.coroutine(async function inner(d) {
  try {
    await asyncio.sleep(d);
    print("inner finished", d);
    return d;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("inner cancelled", d);
    throw e;
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  for (const d of [0.5, 1, 1.5]) {
    try {
      print("result", await asyncio.wait_for(inner(d), 1));
    } catch (e) {
      if (e instanceof asyncio.TimeoutError) print("timeout for", d); else throw e;
    }
  }
  const t = asyncio.create_task(inner(2));
  await asyncio.sleep(1);
  try {
    print("result", await asyncio.wait_for(t, 1));
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) P("timeout for task", t.cancelled()); else throw e;
  }
  print((loop.time() - t0).toFixed(1));
}
await asyncio.run(main());
