async function other() {
  await asyncio.sleep(0);
  return asyncio.get_running_loop();
}

async function main(tag) {
  const loop = asyncio.get_running_loop();
  loop.call_later(3600, () => print("never runs: the run's loop is closed first"));
  loop.call_soon(() => print(tag, "call_soon ran"));
  const l2 = await other();
  print(tag, "same loop after the first await", loop === l2 ? "True" : "False");
  print(tag, "get_event_loop is it", loop === asyncio.get_event_loop() ? "True" : "False");
  const r = await loop.run_in_executor(null, Math.pow, 2, 10);
  print(tag, "executor", r);
  return loop;
}

const B = (b) => (b ? "True" : "False");
const first = await asyncio.run(main("run 1"));
const second = await asyncio.run(main("run 2"));
print("runs had different loops", B(first !== second), "both closed", B(first.is_closed()), B(second.is_closed()));

