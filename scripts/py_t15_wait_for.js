class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function slow(tag, d) {
  try {
    await asyncio.sleep(d);
    print(tag, "finished");
    return tag;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(tag, "cancelled");
    throw e;
  } finally {
    print(tag, "finally");
  }
}
async function boom() { await asyncio.sleep(0.1); throw new ValueError("inner boom"); }
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const r3 = (x) => x.toFixed(1);
  try {
    await asyncio.wait_for(slow("A", 10), 1);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("A timeout at", r3(loop.time() - t0)); else throw e;
  }
  print("B ->", await asyncio.wait_for(slow("B", 0.5), 1));
  try {
    await asyncio.wait_for(boom(), 1);
  } catch (e) {
    if (e instanceof ValueError) print("C raised", e.message); else throw e;
  }
  print("D ->", await asyncio.wait_for(slow("D", 0.5), null));
  const t = asyncio.create_task(slow("E", 0.1));
  await asyncio.sleep(0.2);
  print("E ->", await asyncio.wait_for(t, 0));
  print("elapsed", r3(loop.time() - t0));
}
await asyncio.run(main());
