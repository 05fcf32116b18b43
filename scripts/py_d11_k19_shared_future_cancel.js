const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
async function awaiter(name, fut) {
  try {
    const v = await fut;
    print(name, "got", v);
    return v;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "CancelledError", R(e.message), "own cancelling", asyncio.current_task().cancelling());
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  let fut = loop.create_future();
  let a = asyncio.create_task(awaiter("a", fut));
  let b = asyncio.create_task(awaiter("b", fut));
  await asyncio.sleep(0.01);
  a.cancel("cancel a");
  await asyncio.gather(a, b, { return_exceptions: true });
  print("fut cancelled", B(fut.cancelled()), "a", B(a.cancelled()), "b", B(b.cancelled()));
  fut = loop.create_future();
  a = asyncio.create_task(awaiter("a2", asyncio.shield(fut)));
  b = asyncio.create_task(awaiter("b2", fut));
  await asyncio.sleep(0.01);
  a.cancel("cancel a2");
  await asyncio.sleep(0.01);
  fut.set_result("shared value");
  await asyncio.gather(a, b, { return_exceptions: true });
  print("fut2 cancelled", B(fut.cancelled()), "a2", B(a.cancelled()), "b2", B(b.cancelled()));
  async function work() {
    try {
      await asyncio.sleep(1);
      return "work";
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("work cancelled", R(e.message));
      throw e;
    }
  }
  const w = asyncio.create_task(work());
  a = asyncio.create_task(awaiter("a3", w));
  b = asyncio.create_task(awaiter("b3", w));
  await asyncio.sleep(0.01);
  a.cancel("cancel a3");
  await asyncio.gather(a, b, { return_exceptions: true });
  print("w cancelled", B(w.cancelled()), "a3", B(a.cancelled()), "b3", B(b.cancelled()));
  fut = loop.create_future();
  const ts = ["c", "d"].map((n) => asyncio.create_task(awaiter(n, fut)));
  await asyncio.sleep(0);
  fut.cancel("fut-msg");
  await asyncio.gather(...ts, { return_exceptions: true });
  print("tasks cancelled", "[" + ts.map((t) => B(t.cancelled())).join(", ") + "]");
}
await asyncio.run(main());
