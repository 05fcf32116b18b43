const work = asyncio.coroutine(async function work() {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("work cancelled by timeout");
    try {
      await asyncio.sleep(0.2);
      print("work unwound");
    } catch (e2) {
      if (!(e2 instanceof asyncio.CancelledError)) throw e2;
      print("work's unwind cancelled again");
    }
    throw e;
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  async function caller() {
    try {
      await asyncio.wait_for(work(), 0.1);
    } catch (e) {
      print("caller got", e.constructor.name, "at", Math.round((loop.time() - t0) * 100) / 100);
      throw e;
    }
  }
  const c = asyncio.create_task(caller());
  await asyncio.sleep(0.15);
  c.cancel();
  await asyncio.gather(c, { return_exceptions: true });
  print("caller done at", Math.round((loop.time() - t0) * 100) / 100);
  await asyncio.sleep(0.5);
  print("end");
}
await asyncio.run(main());
