async function work(tag) {
  try {
    await asyncio.sleep(0.1);
    print(tag, "slept");
  } finally {
    print(tag, "finally");
  }
}
async function outer(tag) {
  try {
    await work(tag);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(tag, "outer caught CancelledError");
    throw e;
  }
}
async function main() {
  const t = asyncio.create_task(outer("A"));
  await asyncio.sleep(0.05);
  t.cancel();
  try { await t; } catch (e) { if (!(e instanceof asyncio.CancelledError)) throw e; print("A task cancelled", t.cancelled() ? "True" : "False"); }
  await asyncio.sleep(0.2);
  const cm = asyncio.timeout(0.05);
  try {
    await cm.with(async () => { await work("B"); });
  } catch (e) { print("B caught", e.name, "expired", cm.expired() ? "True" : "False"); }
  await asyncio.sleep(0.2);
  try {
    await asyncio.wait_for(outer("C"), 0.05);
  } catch (e) { print("C caught", e.name); }
  await asyncio.sleep(0.2);
  print("end");
}
await asyncio.run(main());
