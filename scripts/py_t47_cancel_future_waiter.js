async function waiter(f) {
  try {
    await f;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("waiter cancelled; future cancelled:", f.cancelled());
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  const t = asyncio.create_task(waiter(f));
  await asyncio.sleep(0);
  t.cancel();
  print("future cancelled right away:", f.cancelled());
  await asyncio.sleep(0);
  print("t done", t.done());
  await asyncio.sleep(0);
  print("t cancelled", t.cancelled());
  const g = loop.create_future();
  const t2 = asyncio.create_task(waiter(g));
  await asyncio.sleep(0);
  g.cancel();
  await asyncio.sleep(0);
  await asyncio.sleep(0);
  print("t2 cancelled", t2.cancelled(), "cancelling", t2.cancelling());
}
await asyncio.run(main());
