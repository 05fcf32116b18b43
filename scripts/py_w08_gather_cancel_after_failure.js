const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function bad(d) {
  await asyncio.sleep(d);
  throw new ValueError("bad");
}
async function w(n, d) {
  try {
    await asyncio.sleep(d);
    print("finished", n);
    return n;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("cancelled", n);
    throw e;
  }
}
async function main() {
  const slow = asyncio.create_task(w("slow", 0.5));
  const g = asyncio.gather(bad(0.1), slow, w("coro", 0.4));
  try {
    await g;
  } catch (e) {
    if (e instanceof ValueError) P("gather raised", e.message, "g.done", g.done()); else throw e;
  }
  P("cancel after failure ->", g.cancel(), "slow.done", slow.done());
  await asyncio.sleep(1);
  print("slow", slow.result());
}
await asyncio.run(main());
