// exit: 1
// Debug mode (asyncio.run(main, {debug: true}), loop.set_debug(true) or --debug): a step or callback that
// holds the loop longer than the loop's slow_callback_duration is reported, a blocking call made on the
// loop says what and where it is, and an exception nobody retrieved shows the calls that created its task.
// Under virtual time a blocking time.sleep moves the clock by exactly its duration: the same reports on
// every run.
async function bad() {
  throw new asyncio.ValueError("lost");
}
function cb() {
  time.sleep(0.15);
}
async function main() {
  await asyncio.sleep(0);
  const loop = asyncio.get_running_loop();
  print("debug", loop.get_debug(), loop.slow_callback_duration);
  loop.call_soon(cb);
  asyncio.create_task(bad(), { name: "lost-task" });
  await asyncio.sleep(0.01);
  time.sleep(0.12);
  await asyncio.sleep(0);
  loop.slow_callback_duration = 0.5;
  time.sleep(0.3); // under the new threshold: only the blocking call is reported
  await asyncio.sleep(0);
  print("done");
}
await asyncio.run(main(), { debug: true });
