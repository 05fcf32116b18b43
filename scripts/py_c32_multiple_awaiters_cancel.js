const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
const L = (a) => "[" + a.map((x) => (typeof x === "string" ? `'${x}'` : String(x))).join(", ") + "]";
async function target() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("target cancelled", R(e.message));
    throw e;
  }
}
async function watcher(name, t) {
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "sees", R(e.message), "self cancelling", asyncio.current_task().cancelling()); else throw e;
  }
}
async function main() {
  const t = asyncio.create_task(target());
  t.add_done_callback((f) => print("cb A", B(f.cancelled())));
  const ws = ["w1", "w2"].map((n) => asyncio.create_task(watcher(n, t)));
  await asyncio.sleep(0);
  t.add_done_callback((f) => print("cb B"));
  t.cancel("tgt");
  await asyncio.gather(...ws);
  print("done", "[" + ws.map((w) => B(w.done() && !w.cancelled())).join(", ") + "]");
}
await asyncio.run(main());
