class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  f.set_exception(new ValueError("nobody looks"));
  const g = loop.create_future();
  g.set_exception(new KeyError("looked"));
  print("g exception", g.exception().name);
  const h = loop.create_future();
  h.add_done_callback((fut) => print("h cb cancelled?", fut.cancelled()));
  h.set_exception(new asyncio.RuntimeError("cb only checks cancelled"));
  await asyncio.sleep(0);
  print("late retrieval", f.exception().name, h.exception().name);
  print("main done");
}
await asyncio.run(main());
print("exit normally");
