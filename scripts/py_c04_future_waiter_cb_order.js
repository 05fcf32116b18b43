const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
async function waiter(f) {
  try {
    return await f;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("waiter cancelled", R(e.message), "future cancelled", B(f.cancelled()));
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  f.add_done_callback((fut) => print("future cb, cancelled =", B(fut.cancelled())));
  const t = asyncio.create_task(waiter(f));
  await asyncio.sleep(0);
  f.add_done_callback((fut) => print("late future cb"));
  print("cancel ->", B(t.cancel("stop")));
  print("f.cancelled right after", B(f.cancelled()));
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main got", R(e.message)); else throw e;
  }
  const g = loop.create_future();
  const t2 = asyncio.create_task(waiter(g));
  await asyncio.sleep(0);
  g.cancel("gone");
  try {
    await t2;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main got", R(e.message), B(t2.cancelled()), t2.cancelling()); else throw e;
  }
}
await asyncio.run(main());
