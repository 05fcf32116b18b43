const work = asyncio.coroutine(async function work(tag) {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(tag, "work cancelled once");
    for (let i = 0; i < 2; i++) {
      try {
        await asyncio.sleep(0.1);
      } catch (e2) {
        if (!(e2 instanceof asyncio.CancelledError)) throw e2;
        print(tag, "work cancelled again");
      }
    }
    print(tag, "work unwound");
    throw e;
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  async function caller(tag, tmo) {
    const t0 = loop.time();
    try {
      await asyncio.wait_for(work(tag), tmo);
    } catch (e) {
      print(tag, "caller got", e.constructor.name, "after", Math.round((loop.time() - t0) * 100) / 100);
      throw e;
    }
  }
  let c = asyncio.create_task(caller("A", 0.1));
  await asyncio.sleep(0.15);
  c.cancel();
  await asyncio.gather(c, { return_exceptions: true });
  await asyncio.sleep(0.5);
  c = asyncio.create_task(caller("B", 5));
  await asyncio.sleep(0.05);
  c.cancel();
  await asyncio.sleep(0.05);
  c.cancel();
  await asyncio.gather(c, { return_exceptions: true });
  await asyncio.sleep(0.5);
  print("end");
}
await asyncio.run(main());
