const B = (x) => (x ? "True" : "False");
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function inner(d, fail) {
  await asyncio.sleep(d);
  if (fail) { print("inner raising"); throw new ValueError("inner failed"); }
  print("inner ok");
  return "ok";
}
async function main() {
  try { await asyncio.shield(inner(0.1, true)); } catch (e) { print("1", e.name, e.message); }
  const t = asyncio.create_task(inner(0.2, true));
  async function waiter() {
    try { await asyncio.shield(t); } catch (e) {
      if (e instanceof asyncio.CancelledError) print("waiter cancelled");
      throw e;
    }
  }
  const w = asyncio.create_task(waiter());
  await asyncio.sleep(0.1);
  w.cancel();
  try { await w; } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("2 w cancelled", B(w.cancelled()), B(t.done()));
  }
  await asyncio.sleep(0.2);
  print("t", B(t.done()), t.exception().name);
  const t2 = asyncio.ensure_future(inner(0.5, true));
  try { await asyncio.wait_for(asyncio.shield(t2), 0.1); } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("3", e.name, B(t2.done()));
  }
  try { await t2; } catch (e) { print("3b", e.message); }
}
await asyncio.run(main());
