const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class KeyError extends Error { constructor(k) { super(`'${k}'`); this.name = "KeyError"; } }
class IndexError extends Error { constructor(m) { super(m); this.name = "IndexError"; } }
const raises_in_cleanup = asyncio.coroutine(async function raises_in_cleanup(name, exc) {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(name, "cleanup after", R(e.message));
    await asyncio.sleep(0.01);
    exc.__context__ = e;
    throw exc;
  }
});
async function main() {
  let t = asyncio.create_task(raises_in_cleanup("t1", new ValueError("v1")));
  await asyncio.sleep(0.05);
  print("cancel ->", B(t.cancel("go")));
  try {
    await t;
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("await t1:", e.name, e.message, "cancelled", B(t.cancelled()), "ctx", e.__context__.constructor.name);
  }
  try {
    await asyncio.wait_for(raises_in_cleanup("t2", new KeyError("k2")), 0.05);
  } catch (e) {
    if (e instanceof KeyError) print("wait_for:", e.name, e.message);
    else if (e instanceof asyncio.TimeoutError) print("wait_for: TimeoutError");
    else throw e;
  }
  const cm = asyncio.timeout(0.05);
  try {
    await cm.with(async () => { await raises_in_cleanup("t3", new IndexError("i3")); });
  } catch (e) {
    if (!(e instanceof IndexError)) throw e;
    print("timeout cm:", e.name, e.message, "expired", B(cm.expired()), "cancelling", asyncio.current_task().cancelling());
  }
  let a = asyncio.create_task(raises_in_cleanup("ga", new ValueError("ga-err")));
  let b = asyncio.create_task(asyncio.sleep(1, "b"));
  let g = asyncio.gather(a, b);
  await asyncio.sleep(0.05);
  print("g.cancel ->", B(g.cancel("gmsg")));
  try {
    await g;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("gather raised CancelledError", R(e.message), "g.cancelled", B(g.cancelled()));
    else if (e instanceof ValueError) print("gather raised ValueError", e.message, "g.cancelled", B(g.cancelled()));
    else throw e;
  }
  print("a done yet", B(a.done()));
  await asyncio.sleep(0.05);
  print("a:", B(a.done()), B(a.cancelled()), a.exception().name, "b:", B(b.cancelled()));
  a = asyncio.create_task(raises_in_cleanup("gb", new ValueError("gb-err")));
  b = asyncio.create_task(asyncio.sleep(1, "b"));
  g = asyncio.gather(a, b, { return_exceptions: true });
  await asyncio.sleep(0.05);
  g.cancel();
  try {
    const r = await g;
    print("gather(return_exceptions) returned", "[" + r.map((x) => `'${x.name}'`).join(", ") + "]");
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("gather(return_exceptions) raised CancelledError", B(g.cancelled()));
  }
}
await asyncio.run(main());
