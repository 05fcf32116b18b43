const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const fut = loop.create_future();
function cb(tag) {
  return (fu) => print("cb", tag, fu.result(), "done", P(fu.done()));
}
const c1 = cb(1), c2 = cb(2), c3 = cb(3);
fut.add_done_callback(c1);
fut.add_done_callback(c2);
fut.add_done_callback(c1);
fut.add_done_callback(c3);
print("removed c1:", fut.remove_done_callback(c1));
print("removed c1 again:", fut.remove_done_callback(c1));
fut.add_done_callback(c1);
function setter() {
  print("setter runs");
  fut.set_result("R");
  print("set_result returned; callbacks not yet run");
  fut.add_done_callback(cb("late"));
  loop.call_soon(print, "soon after set_result");
}
loop.call_later(0.05, setter);
print("result:", await loop.run_until_complete(fut));
const f2 = loop.create_future();
f2.set_result(5);
f2.add_done_callback(cb("on-done-future"));
print("removed none:", f2.remove_done_callback(c2));
loop.call_soon(print, "queued after cb on done future");
await loop.run_until_complete(asyncio.sleep(0));
print("end");
loop.close();
