async function w() {
  print("w start");
  try {
    await asyncio.sleep(10);
    print("not here");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) { print("w caught", "'" + e.message + "'"); throw e; }
    throw e;
  } finally {
    print("w finally");
  }
}
async function main() {
  const t = asyncio.create_task(w());
  await asyncio.sleep(1);
  print("cancel", t.cancel());
  print("done right after cancel", t.done());
  await asyncio.sleep(0);
  print("done after one step", t.done(), t.cancelled());
}
await asyncio.run(main());
