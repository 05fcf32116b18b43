async function work(name, d) {
  try {
    await asyncio.sleep(d);
    print(name, "finished");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled");
    throw e;
  } finally {
    print(name, "finally");
  }
}

async function shielded(name, d) {
  return await asyncio.shield(work(name, d));
}

async function inner_group() {
  let a;
  await new asyncio.TaskGroup().with(async (tg) => {
    a = tg.create_task(work("a", 0.3));
    tg.create_task(shielded("b", 0.2));
  });
  return a.result();
}

async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const r2 = (x) => Math.round(x * 100) / 100;
  try {
    print(await asyncio.wait_for(inner_group(), 0.1));
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("timed out at", r2(loop.time() - t0));
    else throw e;
  }
  await asyncio.sleep(0.2);
  print("end at", r2(loop.time() - t0));
  try {
    await asyncio.timeout(0.15).with(async () => {
      const r = await asyncio.gather(work("c", 0.1), asyncio.shield(work("d", 0.3)), { return_exceptions: true });
      print("gather", r);
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("outer timeout at", r2(loop.time() - t0));
    else throw e;
  }
  await asyncio.sleep(0.3);
  print("done at", r2(loop.time() - t0));
}
await asyncio.run(main());
