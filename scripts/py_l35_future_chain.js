async function main() {
  const loop = asyncio.get_running_loop();
  const [f1, f2, f3] = [loop.create_future(), loop.create_future(), loop.create_future()];
  f1.add_done_callback((f) => { print("f1 cb -> set f2"); f2.set_result(f.result() + 1); });
  f2.add_done_callback((f) => { print("f2 cb -> set f3"); f3.set_result(f.result() + 1); });
  const watch = asyncio.coroutine(async function watch(name, fut) {
    const v = await fut;
    print(name, "woke with", v);
  });
  const ws = [["w3", f3], ["w1", f1], ["w2", f2]].map(([n, f]) => asyncio.create_task(watch(n, f)));
  await asyncio.sleep(0);
  loop.call_soon(print, "soon A");
  f1.set_result(1);
  loop.call_soon(print, "soon B");
  await asyncio.gather(...ws);
  print("values", f1.result(), f2.result(), f3.result());
}
await asyncio.run(main());
