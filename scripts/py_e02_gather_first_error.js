const B = (x) => (x ? "True" : "False");
const L = (a) => "[" + a.join(", ") + "]";
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function work(name, d, fail = false) {
  print("start", name);
  await asyncio.sleep(d);
  if (fail) {
    print("fail", name);
    throw new ValueError(`${name} failed`);
  }
  print("done", name);
  return name;
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const tasks = [asyncio.create_task(work("a", 0.3)), asyncio.create_task(work("b", 0.1, true)), asyncio.create_task(work("c", 0.2))];
  const g = asyncio.gather(...tasks);
  try {
    await g;
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("caught", e.name, e.message, (loop.time() - t0).toFixed(1));
  }
  print("gather done", B(g.done()), L(tasks.map((t) => B(t.done()))));
  print("gather exception", g.exception().name);
  await asyncio.sleep(0.5);
  print("after", L(tasks.map((t) => B(t.done()))), tasks[0].result(), tasks[2].result());
  print("cancel gather", B(g.cancel()));
}
await asyncio.run(main());
