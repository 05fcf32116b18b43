const B = (x) => (x ? "True" : "False");
class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } }
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function waiter(name, fut) {
  try { await fut; } catch (e) { print(name, "got", e.name, e.message); return e; }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  const ws = [0, 1, 2].map((i) => asyncio.create_task(waiter(`w${i}`, f)));
  await asyncio.sleep(0);
  loop.call_later(0.1, (e) => f.set_exception(e), new MyErr("shared"));
  const res = await asyncio.gather(...ws);
  print("same object", B(res.every((r) => r === res[0])), B(res[0] === f.exception()));
  const g = loop.create_future();
  g.set_exception(MyErr);
  print("class ->", g.exception().name, `'${g.exception().message}'`);
  try { g.set_result(1); } catch (e) { if (!(e instanceof asyncio.InvalidStateError)) throw e; print(e.name, e.message); }
  try { g.set_exception(new ValueError("again")); } catch (e) { if (!(e instanceof asyncio.InvalidStateError)) throw e; print(e.name, e.message); }
  const h = loop.create_future(); h.cancel();
  try { h.set_exception(new ValueError("x")); } catch (e) { if (!(e instanceof asyncio.InvalidStateError)) throw e; print(e.name, e.message); }
  const k = loop.create_future();
  k.add_done_callback((fut) => print("cb", fut.exception().name, fut.exception().message));
  k.set_exception(new asyncio.RuntimeError("in cb"));
  print("before yield");
  await asyncio.sleep(0);
  print("after yield");
}
await asyncio.run(main());
