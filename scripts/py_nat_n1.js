async function worker(name, queue, results) {
  while (true) {
    const delay = await queue.get();
    await asyncio.sleep(delay);
    results.push([name, delay]);
    print(`${name} slept ${delay.toFixed(2)}`);
    queue.task_done();
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const queue = new asyncio.Queue();
  for (const d of [0.3, 0.1, 0.2, 0.5, 0.1, 0.4, 0.2, 0.3]) queue.put_nowait(d);
  const results = [];
  const tasks = [0, 1, 2].map((i) => asyncio.create_task(worker(`worker-${i}`, queue, results)));
  const started = loop.time();
  await queue.join();
  print(`queue drained after ${(loop.time() - started).toFixed(2)}`);
  for (const t of tasks) t.cancel();
  const res = await asyncio.gather(...tasks, { return_exceptions: true });
  print(`['${res.map((r) => r.constructor.name).join("', '")}']`);
  print("total", results.length, (loop.time() - t0).toFixed(2));
}

asyncio.run(main());
