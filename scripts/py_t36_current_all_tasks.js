const w = asyncio.coroutine(async function w(n) {
  print("in", n, asyncio.current_task().get_name());
  await asyncio.sleep(0.1);
  print("in", n, "after sleep", asyncio.current_task().get_name());
});
const main = asyncio.coroutine(async function main() {
  print("current", asyncio.current_task().get_name());
  print("current is main", asyncio.current_task() === asyncio.current_task());
  const ts = [0, 1].map((i) => asyncio.create_task(w(i), { name: `w${i}` }));
  const names = () => "[" + [...asyncio.all_tasks()].map((t) => t.get_name()).filter((n) => n !== "main").sort().map((n) => `'${n}'`).join(", ") + "]";
  print(names());
  await asyncio.sleep(0);
  await asyncio.gather(...ts);
  print(names());
  const loop = asyncio.get_running_loop();
  loop.call_soon(() => print("in callback, current is None:", asyncio.current_task() === null || asyncio.current_task() === undefined));
  await asyncio.sleep(0);
});
await asyncio.run(main());
