const w = asyncio.coroutine(async function w() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    print("w caught");
    await asyncio.sleep(0.1);
    print("w unwound");
    throw e;
  }
});
async function main() {
  const t = asyncio.create_task(w());
  await asyncio.sleep(0);
  t.cancel();
  await asyncio.sleep(0);
  print("done after 1 step:", t.done());
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("await t raised CancelledError"); else throw e;
  }
  print("end");
}
await asyncio.run(main());
