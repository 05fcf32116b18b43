class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class KeyError extends Error { constructor(k) { super(`'${k}'`); this.name = "KeyError"; } }
function boom(tag) { print("boom", tag); throw new ValueError(tag); }
async function main() {
  const loop = asyncio.get_running_loop();
  loop.call_soon(print, "cs1");
  loop.call_soon(boom, "cs2");
  loop.call_soon(print, "cs3");
  const f = loop.create_future();
  f.add_done_callback(() => print("cb1"));
  f.add_done_callback(() => boom("cb2"));
  f.add_done_callback((fut) => print("cb3", fut.result()));
  f.set_result("R");
  print("main before sleep");
  await asyncio.sleep(0);
  print("main after sleep0");
  await asyncio.sleep(0);
  print("main after 2nd sleep0");
  async function failing() { await asyncio.sleep(0.1); throw new KeyError("task"); }
  const t = asyncio.create_task(failing());
  t.add_done_callback((tt) => boom("task cb " + tt.exception().name));
  t.add_done_callback(() => print("second task cb ok"));
  try { await t; } catch (e) { print("awaited", e.name, e.message); }
  await asyncio.sleep(0);
  print("end");
}
await asyncio.run(main());
