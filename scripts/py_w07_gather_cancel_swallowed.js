const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function stubborn(n) {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("stubborn swallows", n);
    return "kept";
  }
}
async function normal() {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("normal cancelled");
    throw e;
  }
}
async function main() {
  let g = asyncio.gather(stubborn(1), normal(), { return_exceptions: true });
  await asyncio.sleep(0.1);
  P("cancel ->", g.cancel());
  try {
    P("got", await g);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("gather raised CancelledError"); else throw e;
  }
  g = asyncio.gather(stubborn(2));
  await asyncio.sleep(0.1);
  P("cancel ->", g.cancel());
  try {
    P("got", await g);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("gather raised CancelledError although all swallowed"); else throw e;
  }
  P("g", g.done(), g.cancelled());
}
await asyncio.run(main());
