class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
const waiter = asyncio.coroutine(async function waiter(f) {
  try {
    await f;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("waiter cancelled");
    throw e;
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  const t = asyncio.create_task(waiter(f));
  await asyncio.sleep(0);
  t.cancel("c");
  print("future cancelled right after task.cancel()", f.cancelled());
  try { f.set_result(1); } catch (e) { if (!(e instanceof asyncio.InvalidStateError)) throw e; print("set_result raised InvalidStateError"); }
  try { f.set_exception(new ValueError()); } catch (e) { if (!(e instanceof asyncio.InvalidStateError)) throw e; print("set_exception raised InvalidStateError"); }
  print("f.cancel() again ->", f.cancel());
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("t cancelled", `'${e.message}'`);
  }
}
await asyncio.run(main());
