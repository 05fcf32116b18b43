const B = (x) => (x ? "True" : "False");
const L = (a) => "[" + a.map(B).join(", ") + "]";
const args = (e) => (e.message ? `('${e.message}',)` : "()");
const leaf = asyncio.coroutine(async function (name, d) {
  try {
    print(name, "start");
    await asyncio.sleep(d);
    print(name, "end");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled", args(e));
    throw e;
  } finally {
    print(name, "finally");
  }
});
async function awaits_task(inner) {
  try { return await inner; } finally { print("awaits_task finally; inner cancelled", B(inner.cancelled())); }
}
async function awaits_gather(kids) {
  try { return await asyncio.gather(...kids); } finally { print("awaits_gather finally", L(kids.map((k) => k.cancelled()))); }
}
async function main() {
  let t = asyncio.create_task(leaf("A", 1));
  print("cancel ->", B(t.cancel("early")));
  try { await t; } catch (e) { if (!(e instanceof asyncio.CancelledError)) throw e; print("A outcome", B(t.cancelled()), args(e)); }
  t = asyncio.create_task(leaf("B", 1));
  await asyncio.sleep(0.1);
  t.cancel("at-sleep");
  try { await t; } catch (e) { if (!(e instanceof asyncio.CancelledError)) throw e; print("B outcome", B(t.cancelled()), args(e)); }
  const inner = asyncio.create_task(leaf("C-inner", 1));
  let outer = asyncio.create_task(awaits_task(inner));
  await asyncio.sleep(0.1);
  outer.cancel("via-outer");
  let r = await asyncio.gather(outer, { return_exceptions: true });
  print("C outcome", B(outer.cancelled()), B(inner.cancelled()), "[" + r.map((x) => `'${x.name}'`).join(", ") + "]");
  const kids = [0, 1, 2].map((i) => asyncio.create_task(leaf(`D${i}`, 0.5 * (i + 1))));
  outer = asyncio.create_task(awaits_gather(kids));
  await asyncio.sleep(0.6);
  outer.cancel("via-gather");
  r = await asyncio.gather(outer, { return_exceptions: true });
  print("D outcome", B(outer.cancelled()), L(kids.map((k) => k.cancelled())), `CancelledError('${r[0].message}')`);
}
await asyncio.run(main());
