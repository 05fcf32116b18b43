async function w() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("swallowed; cancelling =", asyncio.current_task().cancelling());
    else throw e;
  }
  await asyncio.sleep(0.5);
  print("still running");
  return "survived";
}
async function main() {
  const t = asyncio.create_task(w());
  await asyncio.sleep(0.1);
  t.cancel();
  const r = await t;
  print("result", r, "cancelled", t.cancelled(), "cancelling", t.cancelling());
  const t2 = asyncio.create_task(w());
  await asyncio.sleep(0.1);
  t2.cancel();
  await asyncio.sleep(0);
  print("uncancel ->", t2.uncancel(), "cancelling", t2.cancelling());
  print(await t2);
}
await asyncio.run(main());
