async function canceller(task) {
  await asyncio.sleep(0.1);
  print("cancelling main task", task.get_name());
  task.cancel();
}
const main = asyncio.coroutine(async function main() {
  asyncio.create_task(canceller(asyncio.current_task()));
  try {
    await asyncio.sleep(10);
  } finally {
    print("main finally");
  }
});
try {
  await asyncio.run(main());
} catch (e) {
  if (e instanceof asyncio.CancelledError) print("asyncio.run raised CancelledError"); else throw e;
}
const self_cancel = asyncio.coroutine(async function self_cancel() {
  asyncio.current_task().cancel();
  print("self cancel requested");
  await asyncio.sleep(0);
  print("not reached");
});
try {
  await asyncio.run(self_cancel());
} catch (e) {
  if (e instanceof asyncio.CancelledError) print("self-cancelled run raised CancelledError"); else throw e;
}
