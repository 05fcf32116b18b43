const c = asyncio.coroutine(async function c() { print("c runs"); return 1; });
const g = asyncio.coroutine(function* g() {
  print("g started");
  try {
    yield asyncio.sleep(1);
  } finally {
    print("g finally");
  }
});
async function main() {
  const co = c();
  print(asyncio.iscoroutine(co), asyncio.iscoroutinefunction(c));
  print(await co);
  try {
    await co;
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("reuse:", e.message); else throw e;
  }
  let t = asyncio.create_task(g());
  t.cancel();
  try { await t; } catch (e) { if (e instanceof asyncio.CancelledError) print("gen task cancelled before start", t.cancelled()); else throw e; }
  t = asyncio.create_task(g());
  await asyncio.sleep(0);
  t.cancel();
  try { await t; } catch (e) { if (e instanceof asyncio.CancelledError) print("gen task cancelled after start", t.cancelled()); else throw e; }
}
await asyncio.run(main());
