const waiter = asyncio.coroutine(async function waiter(f) {
  try {
    await f;
    print("waiter got result");
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("waiter CancelledError", `'${e.message}'`, "task cancelling", asyncio.current_task().cancelling());
    return "swallowed";
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  const t = asyncio.create_task(waiter(f));
  await asyncio.sleep(0);
  try {
    f.set_exception(new asyncio.CancelledError("via set_exception"));
    print("set_exception accepted; done", f.done(), "cancelled", f.cancelled());
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    print("TypeError", e.message);
  }
  print("task result", await t);
  try {
    f.result();
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("result raises CancelledError", `'${e.message}'`);
    else if (e instanceof asyncio.InvalidStateError) print("result InvalidStateError", e.message);
    else throw e;
  }
}
await asyncio.run(main());
