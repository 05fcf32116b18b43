class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
const watch = asyncio.coroutine(async function watch(name, fut) {
  try {
    const v = await fut;
    print(name, "woke with", v);
  } catch (e) {
    print(name, "woke with error", e.name, e.message);
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  const a = loop.create_future();
  const b = loop.create_future();
  const c = loop.create_future();
  function on_a(f) {
    print("on_a: result", f.result(), "-> b.set_exception, c.set_result");
    b.set_exception(new ValueError("from a's callback"));
    loop.call_soon(print, "soon from on_a");
    c.set_result(f.result() * 10);
  }
  const wb = asyncio.create_task(watch("wb", b));
  const wc = asyncio.create_task(watch("wc", c));
  const wa = asyncio.create_task(watch("wa", a));
  a.add_done_callback(on_a);
  b.add_done_callback((f) => print("b cb, exception", f.exception().name));
  await asyncio.sleep(0);
  c.add_done_callback((f) => print("c cb", f.result()));
  loop.call_later(0.05, (v) => a.set_result(v), 7);
  await asyncio.gather(wa, wb, wc);
  print("states", a.done(), b.done(), c.done());
}
await asyncio.run(main());
