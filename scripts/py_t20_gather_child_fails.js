class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function ok(n, d) {
  try {
    await asyncio.sleep(d);
    print("ok finished", n);
    return n;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("ok cancelled", n);
    throw e;
  }
}
async function bad() {
  await asyncio.sleep(0.1);
  print("bad raising");
  throw new ValueError("bad");
}
async function main() {
  const a = asyncio.create_task(ok("a", 0.5));
  const g = asyncio.gather(a, bad(), ok("b", 0.3));
  try {
    await g;
  } catch (e) {
    if (e instanceof ValueError) print("gather raised", e.message, "g.done", g.done(), "a.done", a.done()); else throw e;
  }
  await asyncio.sleep(1);
  print("a result", a.result());
  print("g.exception", g.exception().name);
}
await asyncio.run(main());
