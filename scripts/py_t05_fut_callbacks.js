async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  f.add_done_callback((fut) => print("cb1", fut.result()));
  f.add_done_callback((fut) => print("cb2", fut.result()));
  loop.call_soon(print, "soon-before");
  f.set_result(5);
  loop.call_soon(print, "soon-after");
  print("after set_result");
  f.add_done_callback((fut) => print("cb3 late", fut.result()));
  print("added cb3");
  await asyncio.sleep(0);
  print("main resumed");
  await asyncio.sleep(0);
  print("end");
}
await asyncio.run(main());
