function cb(done) {
  print("current task in callback:", asyncio.current_task() === null ? "None" : asyncio.current_task());
  const cm = asyncio.timeout(1);
  (async () => {
    try {
      await cm.with(async () => {});
      print("entered outside a task");
    } catch (e) {
      if (e instanceof asyncio.RuntimeError) print("outside a task:", e.name, e.message); else throw e;
    }
    done.set_result(null);
  })();
}
async function main() {
  const loop = asyncio.get_running_loop();
  const done = loop.create_future();
  loop.call_soon(cb, done);
  await done;
  print("main goes on");
}
await asyncio.run(main());
