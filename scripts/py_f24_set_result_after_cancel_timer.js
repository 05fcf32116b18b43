const waiter = asyncio.coroutine(async function waiter(fut) {
  try {
    return await fut;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("waiter cancelled; fut cancelled", fut.cancelled());
    throw e;
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  loop.call_later(0.05, (v) => fut.set_result(v), "late value");
  loop.call_later(0.05, print, "timer after the failing one runs");
  const t = asyncio.create_task(waiter(fut));
  await asyncio.sleep(0.01);
  t.cancel();
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("t cancelled", t.cancelled());
  }
  await asyncio.sleep(0.1);
  print("fut still cancelled", fut.cancelled());
  return "ok";
}
print(await asyncio.run(main()));
