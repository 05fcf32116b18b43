async function worker(i, start, t0, loop) {
  print(`worker ${i} ready`);
  await start.wait();
  print(`worker ${i} go at ${(loop.time() - t0).toFixed(1)}`);
  await asyncio.sleep(0.1 * i);
  print(`worker ${i} done at ${(loop.time() - t0).toFixed(1)}`);
  return i;
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const start = new asyncio.Event();
  const tasks = [1, 2, 3].map((i) => asyncio.create_task(worker(i, start, t0, loop)));
  await asyncio.sleep(0.2);
  print("setting event, waiters ready");
  start.set();
  print("event set", start.is_set() ? "True" : "False");
  const res = await asyncio.gather(...tasks);
  print("[" + res.join(", ") + "]");
}
asyncio.run(main());
