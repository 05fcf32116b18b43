const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
const worker = asyncio.coroutine(async function worker(name, delays) {
  for (const d of delays) {
    print(name, d);
    await asyncio.sleep(d);
  }
  print(name, "end");
  return name;
});
async function main() {
  const r = await asyncio.gather(worker("A", [0, -1, 0]), worker("B", [0, 0]), worker("C", [-0.5, 0, 0, 0]), worker("D", [0.0001, 0]));
  P(r);
}
await asyncio.run(main());
