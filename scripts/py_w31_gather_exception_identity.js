const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
class Boom extends Error { constructor(m) { super(m); this.name = "Boom"; } }
async function bad(n, d) {
  await asyncio.sleep(d);
  throw new Boom(`boom${n}`);
}
async function main() {
  const t1 = asyncio.create_task(bad(1, 0.2));
  const t2 = asyncio.create_task(bad(2, 0.1));
  try {
    await asyncio.gather(t1, t2);
  } catch (e) {
    if (e instanceof Boom) P("raised", e.message, "is t2's", e === t2.exception()); else throw e;
  }
  const r = await asyncio.gather(t1, t2, { return_exceptions: true });
  P("same objects", r[0] === t1.exception(), r[1] === t2.exception());
  const t3 = asyncio.create_task(bad(3, 0.1));
  try {
    await asyncio.wait_for(t3, 1);
  } catch (e) {
    if (e instanceof Boom) P("wait_for raised same", e === t3.exception()); else throw e;
  }
  try {
    await asyncio.shield(t3);
  } catch (e) {
    if (e instanceof Boom) P("shield raised same", e === t3.exception()); else throw e;
  }
  for (const f of asyncio.as_completed([t3])) {
    try {
      await f;
    } catch (e) {
      if (e instanceof Boom) P("as_completed raised same", e === t3.exception()); else throw e;
    }
  }
}
await asyncio.run(main());
