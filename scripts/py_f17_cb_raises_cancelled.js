async function sleeper() {
  await asyncio.sleep(1);
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t = asyncio.create_task(sleeper());
  function cb(task) {
    print("cb1: cancelled", task.cancelled());
    print("cb1 reading result ->", task.result());
  }
  t.add_done_callback(cb);
  t.add_done_callback(() => print("cb2 still runs"));
  loop.call_soon(() => { throw new asyncio.CancelledError("in call_soon"); });
  loop.call_soon(print, "after raising call_soon");
  await asyncio.sleep(0);
  t.cancel();
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("main: t cancelled");
  }
  await asyncio.sleep(0);
  print("main continues, current cancelling", asyncio.current_task().cancelling());
  return "done";
}
print(await asyncio.run(main()));
