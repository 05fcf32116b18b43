async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  function c3(fut) { print("c3 runs"); }
  function c1(fut) {
    print("c1 runs; remove c3 ->", fut.remove_done_callback(c3));
    fut.add_done_callback(() => print("c1-added late cb"));
    loop.call_soon(print, "c1 call_soon");
  }
  function c2(fut) { print("c2 runs"); }
  print("add returns", f.add_done_callback(c1) === undefined ? "None" : "?");
  f.add_done_callback(c2);
  f.add_done_callback(c3);
  f.add_done_callback(c2);
  print("remove c2 ->", f.remove_done_callback(c2));
  f.add_done_callback(c2);
  f.set_result("x");
  print("after set: remove c2 ->", f.remove_done_callback(c2));
  f.add_done_callback(() => print("added right after set"));
  loop.call_soon(print, "call_soon after set");
  await asyncio.sleep(0);
  print("main after sleep0");
  await asyncio.sleep(0);
  print("main end");
}
await asyncio.run(main());
