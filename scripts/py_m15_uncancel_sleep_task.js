async function main() {
  const t = asyncio.create_task(asyncio.sleep(1, "r"));
  await asyncio.sleep(0);
  t.cancel();
  print("uncancel ->", t.uncancel());
  try {
    print("await returned", await t);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("t cancelled", t.cancelled()); else throw e;
  }
}
await asyncio.run(main());
