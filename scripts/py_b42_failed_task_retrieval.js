class Boom extends Error { constructor(m) { super(m); this.name = "Boom"; } }
const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function bad(tag) {
  await asyncio.sleep(0.01);
  throw new Boom(tag);
}
async function main() {
  const t1 = asyncio.create_task(bad("a"));
  const t2 = asyncio.create_task(bad("b"));
  const t3 = asyncio.create_task(bad("c"));
  await asyncio.sleep(0.05);
  print("t1.exception():", t1.exception().name, t1.exception().message);
  const s = asyncio.shield(t2);
  print("shield of done task is the task", P(s === t2));
  try {
    await s;
  } catch (e) {
    if (e instanceof Boom) print("await shield ->", e.name, e.message); else throw e;
  }
  for (const to of [0, -1, null]) {
    try {
      await asyncio.wait_for(t3, to);
    } catch (e) {
      if (e instanceof Boom) print(`wait_for(done failed, ${to === null ? "None" : to}) ->`, e.name, e.message); else throw e;
    }
  }
  const f = asyncio.get_running_loop().create_future();
  f.set_exception(new Boom("f"));
  print("future exception():", f.exception().message);
  print("end");
}
await asyncio.run(main());
