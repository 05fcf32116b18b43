async function leaf(n) {
  await asyncio.sleep(0.1 * n);
  print("leaf", n, "done");
  return n;
}
async function spawner(tg) {
  await asyncio.sleep(0.05);
  print("spawner adds leaf 3");
  const t = tg.create_task(leaf(3));
  return [t];  // JS: returning a Task from an async function would adopt (await) it; wrap it
}
async function main() {
  let a, s;
  await new asyncio.TaskGroup().with(async (tg) => {
    a = tg.create_task(leaf(1));
    s = tg.create_task(spawner(tg));
    print("body done, waiting");
  });
  print("group exit; spawned result", s.result()[0].result(), "a", a.result());
  await new asyncio.TaskGroup().with(async (tg) => {});
  print("empty group ok");
  await new asyncio.TaskGroup().with(async (tg) => {
    const t = tg.create_task(leaf(0));
    await t;
    print("awaited inside body", t.result());
  });
  print("end");
}
await asyncio.run(main());
