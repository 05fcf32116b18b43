// exit: 1
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(1);
  let cm = asyncio.timeout(0.5);
  try {
    await cm.with(async () => {
      try {
        await asyncio.sleep(10);
      } catch (e) {
        if (e instanceof asyncio.CancelledError) print("body cancelled", el());
        throw e;
      }
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("expired", cm.expired(), el()); else throw e;
  }
  cm = asyncio.timeout(1);
  await cm.with(async () => { await asyncio.sleep(0.2); });
  print("not expired", cm.expired(), el());
  try {
    await asyncio.timeout(0.5).with(async (cm) => {
      cm.reschedule(loop.time() + 2);
      await asyncio.sleep(1);
      print("survived reschedule", el());
      cm.reschedule(loop.time() + 0.1);
      await asyncio.sleep(1);
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("rescheduled expired", el()); else throw e;
  }
  await asyncio.timeout(null).with(async (cm) => {
    print("when none", cm.when() === null || cm.when() === undefined);
    cm.reschedule(loop.time() + 0.3);
    try {
      await asyncio.sleep(1);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("cancelled inside none-timeout");
      throw e;
    } finally {
      print("finally", el());
    }
  });
}
await asyncio.run(main());
