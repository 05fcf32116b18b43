class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
const waiter = asyncio.coroutine(async function waiter(name, fut) {
  print(name, "waiting");
  try {
    const v = await fut;
    print(name, "got", v);
  } catch (e) {
    print(name, "raised", e.name, e.message);
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  let ts = [0, 1, 2].map((i) => asyncio.create_task(waiter(`w${i}`, fut)));
  await asyncio.sleep(0);
  fut.add_done_callback((f) => print("user cb after waiters registered"));
  loop.call_soon(print, "soon before set");
  fut.set_result("R");
  loop.call_soon(print, "soon after set");
  print("set_result returned");
  await asyncio.gather(...ts);
  const fut2 = loop.create_future();
  ts = [0, 1].map((i) => asyncio.create_task(waiter(`x${i}`, fut2)));
  await asyncio.sleep(0);
  fut2.set_exception(new ValueError("shared"));
  await asyncio.gather(...ts);
  print("late await", await fut);
}
await asyncio.run(main());
