class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
function bad_cb(x) {
  print("bad_cb runs", x);
  throw new KeyError("in callback");
}
async function main() {
  const loop = asyncio.get_running_loop();
  loop.call_soon(bad_cb, 1);
  loop.call_later(0.01, bad_cb, 2);
  const f = loop.create_future();
  f.add_done_callback((fut) => bad_cb(3));
  f.add_done_callback((fut) => print("second done callback still runs"));
  f.set_result(null);
  await asyncio.sleep(0.05);
  print("loop goes on");
}
await asyncio.run(main());
print("exit normally");
