async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const cm = asyncio.timeout(0.5);
  try {
    await cm.with(async () => {
      try {
        await asyncio.sleep(10);
      } catch (e) {
        if (e instanceof asyncio.CancelledError) print("swallowed inside timeout"); else throw e;
      }
      print("body continues", asyncio.current_task().cancelling());
      await asyncio.sleep(0.2);
      print("body ends", (loop.time() - t0).toFixed(1));
    });
    print("no TimeoutError", cm.expired());
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("TimeoutError", (loop.time() - t0).toFixed(1)); else throw e;
  }
  print("cancelling after", asyncio.current_task().cancelling());
}
await asyncio.run(main());
