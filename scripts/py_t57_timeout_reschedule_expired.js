// exit: 1
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const cm = asyncio.timeout(1);
  print("when before enter", (cm.when() - t0).toFixed(1));
  try {
    await cm.with(async () => { await asyncio.sleep(2); });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("expired", cm.expired()); else throw e;
  }
  try {
    cm.reschedule(loop.time() + 5);
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("reschedule after exit:", e.message); else throw e;
  }
  await asyncio.timeout(1).with(async (cm2) => {
    cm2.reschedule(null);
    await asyncio.sleep(2);
    print("no deadline, slept", (loop.time() - t0).toFixed(1));
  });
  await asyncio.timeout(10).with(async (cm3) => {
    cm3.reschedule(loop.time() + 0.5);
    try {
      await asyncio.sleep(1);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) {
        print("cancelled by rescheduled deadline");
        cm3.reschedule(loop.time() + 1);
        print("rescheduled inside expiring");
      }
      throw e;
    }
  });
}
await asyncio.run(main());
