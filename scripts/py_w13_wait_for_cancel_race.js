const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function main() {
  const t = asyncio.create_task(asyncio.sleep(1, "inner value"));
  const caller = asyncio.coroutine(async function caller() {
    try {
      const r = await asyncio.wait_for(t, 5);
      print("caller got", r, "cancelling", asyncio.current_task().cancelling());
      await asyncio.sleep(0);
      print("caller continues after sleep0");
      return r;
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("caller cancelled");
      throw e;
    }
  });
  const c = asyncio.create_task(caller());
  await asyncio.sleep(0);
  t.add_done_callback(() => P("cancel caller ->", c.cancel()));
  try {
    print("c result", await c);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) P("c cancelled", c.cancelled()); else throw e;
  }
}
await asyncio.run(main());
