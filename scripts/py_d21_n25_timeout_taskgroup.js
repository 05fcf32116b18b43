async function crawl(i, t0, loop) {
  try {
    await asyncio.sleep(0.1 * i);
    print(`crawl ${i} ok at ${(loop.time() - t0).toFixed(1)}`);
    return i;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`crawl ${i} cancelled at ${(loop.time() - t0).toFixed(1)}`);
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const tasks = [];
  try {
    await asyncio.timeout(0.36).with(async () => {
      await new asyncio.TaskGroup().with(async (tg) => {
        for (let i = 1; i < 6; i++) tasks.push(tg.create_task(crawl(i, t0, loop)));
      });
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("overall timeout at", Math.round((loop.time() - t0) * 100) / 100);
  }
  print("results", "[" + tasks.map((t) => (!t.cancelled() ? t.result() : "None")).join(", ") + "]");
}
asyncio.run(main());
