const B = (x) => (x ? "True" : "False");
async function child(n, d) {
  try {
    await asyncio.sleep(d);
    print("child", n, "done");
    return n;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("child", n, "cancelled, cancelling=", asyncio.current_task().cancelling());
    throw e;
  } finally {
    print("child", n, "finally");
  }
}
async function main() {
  const me = asyncio.current_task();
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const cm = asyncio.timeout(0.3);
  const tasks = [];
  try {
    await cm.with(async () => {
      await new asyncio.TaskGroup().with(async (tg) => {
        [0.1, 0.5, 1.0].forEach((d, i) => tasks.push(tg.create_task(child(i, d), { name: `c${i}` })));
        print("body done, cancelling", me.cancelling());
      });
      print("not reached");
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError", `'${e.message}'`, "expired", B(cm.expired()), "cancelling", me.cancelling(), Math.round((loop.time() - t0) * 100) / 100);
  }
  for (const t of tasks) print(t.get_name(), "done", B(t.done()), "cancelled", B(t.cancelled()), "result", t.cancelled() ? "None" : t.result());
}
await asyncio.run(main());
