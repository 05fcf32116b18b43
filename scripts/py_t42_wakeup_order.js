const waiter = asyncio.coroutine(async function waiter(name, f) {
  const v = await f;
  print(name, "woke with", v);
});
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  f.add_done_callback(() => print("cb before waiters"));
  const ws = [..."abc"].map((n) => asyncio.create_task(waiter(n, f)));
  await asyncio.sleep(0);
  f.add_done_callback(() => print("cb after waiters"));
  loop.call_soon(print, "soon before set");
  f.set_result(1);
  loop.call_soon(print, "soon after set");
  print("set done");
  await asyncio.gather(...ws);
  const t = asyncio.create_task(asyncio.sleep(0.1, "t"));
  t.add_done_callback(() => print("task cb1"));
  const ws2 = [..."xy"].map((n) => asyncio.create_task(waiter(n, t)));
  t.add_done_callback(() => print("task cb2"));
  await asyncio.gather(...ws2);
}
await asyncio.run(main());
