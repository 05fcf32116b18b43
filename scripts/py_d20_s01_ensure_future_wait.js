// func1/func2 with sleeps, ensure_future + wait, results and elapsed
async function func1() {
  print(1);
  await asyncio.sleep(0.2);
  print(2);
  return "f1";
}

async function func2() {
  print(3);
  await asyncio.sleep(0.1);
  print(4);
  return "f2";
}

async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const tasks = [asyncio.ensure_future(func1()), asyncio.ensure_future(func2())];
  const [done, pending] = await asyncio.wait(tasks);
  print(done.size, pending.size);
  print([...done].map((t) => t.result()).sort().join(" "));
  print(tasks.map((t) => t.result()).join(" "));
  print("elapsed", Math.round((loop.time() - t0) * 100) / 100);
}

await asyncio.run(main());
