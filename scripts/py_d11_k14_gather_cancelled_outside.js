const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
const child = asyncio.coroutine(async function child(name, d) {
  try {
    await asyncio.sleep(d);
    print(name, "finished");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled", R(e.message));
    throw e;
  }
});
const L = (a) => "[" + a.map((x) => `'${x}'`).join(", ") + "]";
async function main() {
  const loop = asyncio.get_running_loop();
  async function parent() {
    try {
      return await asyncio.gather(child("a", 0.5), child("b", 0.05), child("c", 0.5));
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("parent cancelled", R(e.message));
      throw e;
    }
  }
  const p = asyncio.create_task(parent());
  await asyncio.sleep(0.1);
  p.cancel("stop parent");
  try {
    await p;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("main: parent", B(p.cancelled()), R(e.message));
  }
  const ts = [["d", 0.05], ["e", 0.5]].map(([n, d]) => asyncio.create_task(child(n, d)));
  let g = asyncio.gather(...ts);
  await asyncio.sleep(0.1);
  print("g.cancel ->", B(g.cancel("g-msg")), "g.done", B(g.done()));
  try {
    await g;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("g raised", R(e.message), "g.cancelled", B(g.cancelled()));
  }
  print("children", "[" + ts.map((t) => `(${B(t.done())}, ${B(t.cancelled())})`).join(", ") + "]");
  g = asyncio.gather(child("f", 0.01));
  await g;
  print("cancel done gather ->", B(g.cancel()), B(g.cancelled()));
  const stubborn = asyncio.coroutine(async function stubborn() {
    try {
      await asyncio.sleep(1);
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print("stubborn swallowed");
      return "stubborn value";
    }
  });
  g = asyncio.gather(child("h", 1), stubborn());
  await asyncio.sleep(0.05);
  g.cancel("g4");
  try {
    print("g4 result", L(await g));
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("g4 raised", R(e.message), B(g.cancelled()));
  }
  g = asyncio.gather();
  print("empty gather done", B(g.done()), "cancel ->", B(g.cancel()));
  print("empty result", L(await g));
  const inner = asyncio.create_task(child("s", 0.2));
  g = asyncio.gather(asyncio.shield(inner), child("t", 1));
  await asyncio.sleep(0.05);
  g.cancel();
  try {
    await g;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("g6 cancelled; inner cancelled", B(inner.cancelled()));
  }
  print("inner", await inner);
}
await asyncio.run(main());
