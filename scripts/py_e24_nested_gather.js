const B = (x) => (x ? "True" : "False");
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function leaf(name, d, fail = false) {
  try {
    await asyncio.sleep(d);
    if (fail) throw new ValueError(name);
    print("leaf", name, "ok");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("leaf", name, "cancelled");
    throw e;
  }
}
async function main() {
  const inner1 = asyncio.gather(leaf("a", 0.1), leaf("b", 0.2, true));
  const inner2 = asyncio.gather(leaf("c", 0.3), leaf("d", 0.4));
  try { await asyncio.gather(inner1, inner2); } catch (e) { print("outer got", e.message, B(inner1.done()), B(inner2.done())); }
  await asyncio.sleep(0.5);
  print("inner2", "[" + inner2.result().map((s) => `'${s}'`).join(", ") + "]");
  const r = await asyncio.gather(asyncio.gather(leaf("e", 0.1, true), leaf("f", 0.1)), leaf("g", 0.05, true), { return_exceptions: true });
  print("[" + r.map((x) => `('${x.name}', '${x.message}')`).join(", ") + "]");
  const outer = asyncio.gather(asyncio.gather(leaf("h", 1), leaf("i", 1)), leaf("j", 1));
  await asyncio.sleep(0.1);
  outer.cancel();
  try { await outer; } catch (e) { if (!(e instanceof asyncio.CancelledError)) throw e; print("outer cancelled", B(outer.cancelled())); }
}
await asyncio.run(main());
