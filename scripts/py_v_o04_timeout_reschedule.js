async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  let cm;
  try {
    await asyncio.timeout(0.1).with(async (c) => {
      cm = c;
      print("when set", cm.when() !== null);
      await asyncio.sleep(0.05);
      cm.reschedule(loop.time() + 0.2);
      print("rescheduled");
      await asyncio.sleep(0.1);
      print("still inside", Math.round((loop.time() - t0) * 100) / 100);
      cm.reschedule(null);
      await asyncio.sleep(0.3);
      print("no deadline", Math.round((loop.time() - t0) * 100) / 100, cm.expired());
      cm.reschedule(loop.time() - 1);
      await asyncio.sleep(1);
      print("not reached");
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("timed out", Math.round((loop.time() - t0) * 100) / 100, cm.expired());
    else throw e;
  }
}
await asyncio.run(main());
