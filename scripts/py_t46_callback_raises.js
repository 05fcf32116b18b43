class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
function boom() { throw new ValueError("in callback"); }
async function main() {
  const loop = asyncio.get_running_loop();
  loop.call_soon(boom);
  loop.call_soon(print, "next callback runs");
  const f = loop.create_future();
  f.add_done_callback(() => boom());
  f.add_done_callback(() => print("second done cb runs"));
  f.set_result(1);
  await asyncio.sleep(0.1);
  print("main ends");
}
await asyncio.run(main());
