async function w() {
  try {
    await asyncio.sleep(1);
    print("w slept through");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("w cancelled");
    throw e;
  }
}
async function main() {
  const t = asyncio.create_task(w());
  await asyncio.sleep(0);
  t.cancel();
  print("uncancel ->", t.uncancel());
  try {
    await t;
    print("t finished normally");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("t cancelled", t.cancelled()); else throw e;
  }
}
await asyncio.run(main());
