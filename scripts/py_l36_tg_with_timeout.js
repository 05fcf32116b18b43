async function child(n) {
  try {
    await asyncio.sleep(n);
    print("child", n, "done");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("child", n, "cancelled");
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  try {
    await asyncio.timeout(0.25).with(async () => {
      await new asyncio.TaskGroup().with(async (tg) => {
        tg.create_task(child(0.1));
        tg.create_task(child(0.5));
        tg.create_task(child(1));
      });
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("TimeoutError after", (loop.time() - t0).toFixed(2)); else throw e;
  }
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(child(0.1));
      tg.create_task(asyncio.wait_for(child(1), 0.2));
    });
  } catch (eg) {
    if (eg instanceof AggregateError) print("group of", "[" + eg.errors.map((e) => `'${e.name}'`).join(", ") + "]", (loop.time() - t0).toFixed(2)); else throw eg;
  }
}
await asyncio.run(main());
