const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function work() {
  await asyncio.sleep(0);
  return "w";
}
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  print("future get_loop is loop", P(f.get_loop() === loop));
  const t = loop.create_task(work(), { name: "custom" });
  print("task name", t.get_name(), "get_loop", P(t.get_loop() === loop));
  print("slow_callback_duration", loop.slow_callback_duration);
  print(await t);
  const t2 = loop.create_task(work());
  print("unnamed", P(t2.get_name().startsWith("Task-")));
  await t2;
}
await asyncio.run(main());
