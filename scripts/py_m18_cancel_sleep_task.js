async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const t = asyncio.create_task(asyncio.sleep(100));
  await asyncio.sleep(0);
  t.cancel();
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("cancelled after", (loop.time() - t0).toFixed(1)); else throw e;
  }
  const g = asyncio.gather(asyncio.sleep(100), asyncio.sleep(50));
  await asyncio.sleep(1);
  g.cancel();
  try {
    await g;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("gather cancelled after", (loop.time() - t0).toFixed(1)); else throw e;
  }
}
await asyncio.run(main());
