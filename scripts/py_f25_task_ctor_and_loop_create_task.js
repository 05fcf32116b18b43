const work = asyncio.coroutine(async function work(x) {
  await asyncio.sleep(0.01);
  return x * 2;
});
const main = asyncio.coroutine(async function main() {
  const loop = asyncio.get_running_loop();
  const t1 = new asyncio.Task(work(1));
  const t2 = loop.create_task(work(2), { name: "lc" });
  const t3 = new asyncio.Task(work(3), { name: "ctor-named" });
  print("[" + [t1, t2, t3].map((t) => `'${t.get_name()}'`).join(", ") + "]");
  print("isinstance Task", t1 instanceof asyncio.Task, t2 instanceof asyncio.Future);
  print("all_tasks", asyncio.all_tasks().size);
  print(await t1, await t2, await t3);
  print("all_tasks after", asyncio.all_tasks().size);
});
await asyncio.run(main());
