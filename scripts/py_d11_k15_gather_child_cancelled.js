const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
const w = asyncio.coroutine(async function w(name, d, v = null) {
  try {
    await asyncio.sleep(d);
    print(name, "finished");
    return v || name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled", R(e.message));
    throw e;
  }
});
const self_cancel = asyncio.coroutine(async function self_cancel() {
  await asyncio.sleep(0.05);
  throw new asyncio.CancelledError("own cancel");
});
const bad = asyncio.coroutine(async function bad(d) {
  await asyncio.sleep(d);
  throw new ValueError("bad");
});
const desc = (x) => (x instanceof Error ? `${x.constructor.name}(${R(x.message)})` : R(x));
const L = (a) => "[" + a.join(", ") + "]";
async function main() {
  const other = asyncio.create_task(w("o1", 0.2));
  try {
    await asyncio.gather(self_cancel(), other);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("1 gather raised", R(e.message), "outer cancelling", asyncio.current_task().cancelling(), "other done", B(other.done()));
  }
  print("1 other", await other);
  let r = await asyncio.gather(self_cancel(), w("o2", 0.1), { return_exceptions: true });
  print("2", r.map(desc).join(" "));
  const leaf = asyncio.create_task(w("leaf", 1));
  const inner = asyncio.gather(leaf, w("sib", 0.1));
  const outer = asyncio.gather(inner, w("top", 0.15), { return_exceptions: true });
  await asyncio.sleep(0.05);
  leaf.cancel("leaf-msg");
  r = await outer;
  print("3", r.map(desc).join(" "), "inner cancelled", B(inner.cancelled()));
  const c = asyncio.create_task(w("c4", 1));
  let g = asyncio.gather(bad(0.05), c);
  try {
    await g;
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("4 ValueError; c4 done", B(c.done()));
  }
  c.cancel("late");
  try {
    await c;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("4 c4", R(e.message), "g.done", B(g.done()), "g.exception", desc(g.exception()));
  }
  const t = asyncio.create_task(w("t5", 1));
  t.cancel("pre");
  g = asyncio.gather(t, w("u5", 0.05));
  try {
    await g;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("5 raised", R(e.message), "g.cancelled", B(g.cancelled()));
  }
  await asyncio.sleep(0.1);
}
await asyncio.run(main());
