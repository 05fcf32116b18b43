const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function main() {
  const obj = { k: 1 };
  P(await asyncio.sleep(0, "zero"));
  const r = await asyncio.sleep(0.1, obj);
  P("same object", r === obj);
  P(await asyncio.sleep(-1, "neg"));
  P(await asyncio.sleep(0));
  P(await asyncio.sleep(0.1));
  P(await asyncio.sleep(0.1, null));
  P(await asyncio.sleep(0, 0), await asyncio.sleep(0, false), await asyncio.sleep(0, ""));
  const t = asyncio.create_task(asyncio.sleep(0.2, "task result"));
  P(await t);
  P(await asyncio.gather(asyncio.sleep(0.1, 1), asyncio.sleep(0, 2), asyncio.sleep(-5, 3)));
  P(await asyncio.wait_for(asyncio.sleep(0.1, "wf"), 1));
}
await asyncio.run(main());
