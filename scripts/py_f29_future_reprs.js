class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  print(f);
  f.set_result(42);
  print(f);
  const g = loop.create_future(); g.set_result("s");
  print(g);
  const h = loop.create_future(); h.set_exception(new ValueError("bad"));
  print(h);
  h.exception();
  const c = loop.create_future(); c.cancel("m");
  print(c);
}
await asyncio.run(main());
