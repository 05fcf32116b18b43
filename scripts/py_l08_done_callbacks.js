class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  function cb(fut) {
    print("cb got same future", P(fut === f), "done", P(fut.done()));
  }
  function cb2(fut) {
    print("cb2", fut.result());
  }
  f.add_done_callback(cb);
  f.add_done_callback(cb2);
  f.add_done_callback(cb);
  f.add_done_callback(cb2);
  print("removed cb2 count", f.remove_done_callback(cb2));
  print("removed again", f.remove_done_callback(cb2));
  f.set_result(7);
  print("removed after set", f.remove_done_callback(cb));
  await asyncio.sleep(0);
  print("after sleep0");
  const g = loop.create_future();
  g.add_done_callback((fut) => print("g cancelled cb", P(fut.cancelled())));
  g.cancel();
  const h = loop.create_future();
  h.add_done_callback((fut) => print("h exc cb", fut.exception().name));
  h.set_exception(new KeyError("k"));
  await asyncio.sleep(0);
  print("end");
}
await asyncio.run(main());
