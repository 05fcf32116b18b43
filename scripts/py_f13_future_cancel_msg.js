const R = (s) => `'${s}'`;
const A = (e) => (e.message ? `('${e.message}',)` : "()");
const waiter = asyncio.coroutine(async function waiter(f) {
  try {
    await f;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("waiter got CancelledError", R(e.message), A(e));
    const t = asyncio.current_task();
    print("waiter task cancelling", t.cancelling());
    throw e;
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  f.add_done_callback((fut) => print("cb: cancelled", fut.cancelled(), "done", fut.done()));
  const t = asyncio.create_task(waiter(f));
  await asyncio.sleep(0);
  print("cancel ->", f.cancel("stop it"));
  print("cancel again ->", f.cancel("again"));
  print("done/cancelled", f.done(), f.cancelled());
  try { f.exception(); } catch (e) { if (!(e instanceof asyncio.CancelledError)) throw e; print("exception() raises", R(e.message)); }
  try { f.result(); } catch (e) { if (!(e instanceof asyncio.CancelledError)) throw e; print("result() raises", R(e.message)); }
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("await t raises", R(e.message), "t.cancelled", t.cancelled());
  }
  try { f.set_result(1); } catch (e) { if (!(e instanceof asyncio.InvalidStateError)) throw e; print("set_result on cancelled:", e.name); }
  const g = loop.create_future();
  g.cancel();
  try { await g; } catch (e) { if (!(e instanceof asyncio.CancelledError)) throw e; print("no msg:", R(e.message), A(e)); }
}
await asyncio.run(main());
