async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  f.add_done_callback(() => print("cb1"));
  f.set_result(1);
  loop.call_soon(print, "soon");
  f.add_done_callback(() => print("cb2"));
  await asyncio.sleep(0);
}
await asyncio.run(main());
