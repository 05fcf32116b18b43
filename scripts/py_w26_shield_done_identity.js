const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  f.set_result(5);
  let s = asyncio.shield(f);
  P("done future: same object", s === f, await s);
  const t = asyncio.create_task(asyncio.sleep(0.1, "t"));
  s = asyncio.shield(t);
  P("pending task: same object", s === t);
  P("cancel inner ->", t.cancel());
  try {
    await s;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) P("outer cancelled because inner was", s.cancelled(), t.cancelled()); else throw e;
  }
  s = asyncio.shield(asyncio.sleep(0.1, "coro"));
  P("coro shield done", s.done(), "->", await s);
  const f2 = loop.create_future();
  const s1 = asyncio.shield(f2);
  const s2 = asyncio.shield(f2);
  P("two shields differ", s1 !== s2);
  s1.cancel();
  f2.set_result("f2");
  P("s2 ->", await s2, "s1 cancelled", s1.cancelled());
}
await asyncio.run(main());
