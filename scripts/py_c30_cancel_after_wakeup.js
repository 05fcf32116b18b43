const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
async function waiter(f) {
  try {
    const v = await f;
    print("waiter got", v);
    return v;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("waiter cancelled though future done:", B(f.done()), f.result(), R(e.message));
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  const t = asyncio.create_task(waiter(f));
  await asyncio.sleep(0);
  f.set_result(1);
  print("cancel after set_result ->", B(t.cancel("late")));
  try {
    print("main got", await t);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("t cancelled", B(t.cancelled())); else throw e;
  }
  const g = loop.create_future();
  const t2 = asyncio.create_task(waiter(g));
  await asyncio.sleep(0);
  g.set_result(2);
  await asyncio.sleep(0);
  print("cancel after wakeup ran ->", B(t2.cancel()), t2.result());
}
await asyncio.run(main());
