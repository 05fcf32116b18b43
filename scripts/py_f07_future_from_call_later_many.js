const waiter = asyncio.coroutine(async function waiter(name, fut) {
  print(name, "waits");
  const v = await fut;
  print(name, "got", v);
  return name + ":" + String(v);
});
async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  const tasks = ["w1", "w2", "w3"].map((n) => asyncio.create_task(waiter(n, fut)));
  loop.call_later(0.1, (v) => fut.set_result(v), 42);
  loop.call_later(0.1, print, "second timer at same time");
  fut.add_done_callback((f) => print("done cb", f.result()));
  await asyncio.sleep(0);
  fut.add_done_callback((f) => print("done cb added after waiters"));
  const v = await fut;
  print("main got", v);
  print((await asyncio.gather(...tasks)).join(", "));
}
await asyncio.run(main());
