class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
const inner = asyncio.coroutine(async function inner(tag, delay, fail = false) {
  try {
    await asyncio.sleep(delay);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(tag, "inner cancelled");
    throw e;
  }
  if (fail) throw new ValueError(tag);
  print(tag, "inner finished");
  return tag;
});
const outer = asyncio.coroutine(async function outer(aw) {
  try {
    return await asyncio.shield(aw);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("outer cancelled, shield raised CancelledError");
    throw e;
  }
});
async function main() {
  const it = asyncio.create_task(inner("one", 0.05));
  const ot = asyncio.create_task(outer(it));
  await asyncio.sleep(0.01);
  ot.cancel();
  try {
    await ot;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("ot cancelled", ot.cancelled(), "inner done", it.done());
  }
  print("inner result later", await it);
  const it2 = asyncio.create_task(inner("two", 0.05));
  const sh = asyncio.shield(it2);
  await asyncio.sleep(0.01);
  it2.cancel();
  try {
    await sh;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("shield future cancelled", sh.cancelled());
  }
  const loop = asyncio.get_running_loop();
  const f = loop.create_future(); f.set_result("F");
  print("shield(done) is same", asyncio.shield(f) === f);
  const s4 = asyncio.shield(inner("four", 0.01, true));
  try {
    await s4;
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("shield passes ValueError", e.message);
  }
  const it5 = asyncio.create_task(inner("five", 0.03));
  const s5 = asyncio.shield(it5);
  print("cancel shield future ->", s5.cancel());
  print("it5 cancelled?", it5.cancelled());
  print("it5 result", await it5);
}
await asyncio.run(main());
