function show(where) {
  const t = asyncio.current_task();
  print(where, "current_task:", t ? t.get_name() : "None", "all_tasks:", asyncio.all_tasks().size);
}
const child = asyncio.coroutine(async function child() {
  show("child");
  await asyncio.sleep(0.01);
  return 1;
});
const main = asyncio.coroutine(async function main() {
  const loop = asyncio.get_running_loop();
  show("main start");
  loop.call_soon(show, "call_soon cb");
  loop.call_later(0.005, show, "call_later cb");
  const t = asyncio.create_task(child());
  t.add_done_callback(() => show("task done cb"));
  const f = loop.create_future();
  f.add_done_callback(() => show("future done cb"));
  show("main after create");
  await asyncio.sleep(0);
  f.set_result(null);
  await t;
  show("main after await");
  await asyncio.sleep(0);
  show("main end");
});
await asyncio.run(main());
