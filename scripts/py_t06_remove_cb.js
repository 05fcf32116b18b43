async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  function a(fut) { print("a"); }
  function b(fut) { print("b"); }
  f.add_done_callback(a);
  f.add_done_callback(b);
  f.add_done_callback(a);
  print("removed", f.remove_done_callback(a));
  print("removed again", f.remove_done_callback(a));
  f.cancel();
  print("cancelled", f.cancelled(), f.done());
  await asyncio.sleep(0);
  print("end");
}
await asyncio.run(main());
