const victim = asyncio.coroutine(async function victim(kind) {
  const loop = asyncio.get_running_loop();
  const me = asyncio.current_task();
  const done = loop.create_future(); done.set_result("d");
  me.cancel(kind);
  print(kind, "awaiting done future ->", await done);
  print(kind, "still running, cancelling", me.cancelling());
  try {
    if (kind === "sleep0") {
      await asyncio.sleep(0);
    } else if (kind === "sleep") {
      await asyncio.sleep(0.1);
    } else if (kind === "future") {
      const f = loop.create_future();
      loop.call_soon(print, kind, "soon cb runs");
      await f;
    } else if (kind === "task") {
      const t = asyncio.create_task(asyncio.sleep(0.1, "inner"));
      await t;
      print(kind, "inner task result arrives", t.result());
    }
    print(kind, "not cancelled?!");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(kind, "CancelledError", `'${e.message}'`);
    throw e;
  }
});
async function main() {
  for (const kind of ["sleep0", "sleep", "future", "task"]) {
    const t = asyncio.create_task(victim(kind));
    try {
      await t;
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print(kind, "task cancelled", t.cancelled());
    }
    await asyncio.sleep(0.2);
  }
}
await asyncio.run(main());
