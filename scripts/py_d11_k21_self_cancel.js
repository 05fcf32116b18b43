const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
async function self_canceller() {
  const me = asyncio.current_task();
  print("cancel self ->", B(me.cancel("self")), "cancelling", me.cancelling());
  print("still running synchronously");
  try {
    await asyncio.sleep(0);
    print("not reached");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("self-cancel delivered at next await", R(e.message));
    throw e;
  }
}
async function self_cancel_done_future() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  f.set_result("ready");
  asyncio.current_task().cancel("self2");
  try {
    const v = await f;
    print("awaiting a done future after self-cancel ->", v);
    await asyncio.sleep(0);
    print("not reached 2");
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("self2 delivered", R(e.message));
    return "swallowed";
  }
}
async function cancels_in_done_cb() {
  const victim = asyncio.create_task(asyncio.sleep(1));
  const trigger = asyncio.create_task(asyncio.sleep(0.05));
  trigger.add_done_callback((_) => victim.cancel("from callback"));
  try {
    await victim;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("victim cancelled from trigger's callback", R(e.message), "cancelling", asyncio.current_task().cancelling());
  }
}
async function main() {
  let t = asyncio.create_task(asyncio.coroutine(self_canceller)());
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("main: self_canceller", B(t.cancelled()), R(e.message));
  }
  t = asyncio.create_task(asyncio.coroutine(self_cancel_done_future)());
  print("main: self_cancel_done_future ->", await t, B(t.cancelled()));
  await cancels_in_done_cb();
  const cm = asyncio.timeout(1);
  try {
    await cm.with(async () => {
      asyncio.current_task().cancel("self in timeout");
      await asyncio.sleep(0.5);
    });
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("self cancel in timeout ->", R(e.message), B(cm.expired()), asyncio.current_task().uncancel());
    else if (e instanceof asyncio.TimeoutError) print("self cancel in timeout -> TimeoutError (wrong)");
    else throw e;
  }
}
await asyncio.run(main());
