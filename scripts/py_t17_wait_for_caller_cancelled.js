async function inner() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print("inner cancelled");
      await asyncio.sleep(0.5);
      print("inner unwound");
    }
    throw e;
  }
}
async function caller() {
  try {
    await asyncio.wait_for(inner(), 5);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("caller got CancelledError");
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const t = asyncio.create_task(caller());
  await asyncio.sleep(1);
  t.cancel();
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main: caller cancelled at", (loop.time() - t0).toFixed(1)); else throw e;
  }
}
await asyncio.run(main());
