const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function main() {
  const loop = asyncio.get_running_loop();
  const g = asyncio.gather();
  P("empty:", g.done(), g.result(), g.cancel(), g.cancelled());
  P("await empty:", await g);
  P("await empty retexc:", await asyncio.gather({ return_exceptions: true }));
  const f = loop.create_future();
  f.set_result(1);
  const g3 = asyncio.gather(f);
  P("g3 done before await", g3.done());
  await asyncio.sleep(0);
  P("g3 done after sleep0", g3.done(), g3.result());
  const e = loop.create_future();
  e.set_exception(new ValueError("pre"));
  const g4 = asyncio.gather(f, e);
  P("g4 done before", g4.done());
  try {
    await g4;
  } catch (x) {
    if (x instanceof ValueError) print("g4 raised", x.message); else throw x;
  }
  const c = loop.create_future();
  c.cancel();
  const g5 = asyncio.gather(c, f, { return_exceptions: true });
  print("g5", "[" + (await g5).map((x) => `'${x instanceof Error ? x.name : typeof x === "number" ? "int" : typeof x}'`).join(", ") + "]");
}
await asyncio.run(main());
