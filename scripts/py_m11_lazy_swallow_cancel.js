const w = asyncio.coroutine(async function w() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    await asyncio.sleep(0.1);
    return "swallowed";
  }
});
async function main() {
  const t = asyncio.create_task(w());
  await asyncio.sleep(0);
  t.cancel();
  try {
    print("result", await t);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("raised CancelledError"); else throw e;
  }
}
await asyncio.run(main());
