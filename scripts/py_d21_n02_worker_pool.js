async function worker(name, q, log) {
  while (true) {
    const item = await q.get();
    try {
      await asyncio.sleep(item / 10);
      log.push([name, item]);
      print(`${name} processed ${item}`);
    } finally {
      q.task_done();
    }
  }
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const q = new asyncio.Queue();
  for (const i of [3, 1, 2, 5, 1, 4, 2]) q.put_nowait(i);
  const log = [];
  const workers = [0, 1, 2].map((i) => asyncio.create_task(worker(`w${i}`, q, log)));
  await q.join();
  print("joined at", (loop.time() - t0).toFixed(1));
  for (const w of workers) w.cancel();
  const res = await asyncio.gather(...workers, {return_exceptions: true});
  print("[" + res.map((r) => `'${r.name}'`).join(", ") + "]");
  print("cancelled:", "[" + workers.map((w) => (w.cancelled() ? "True" : "False")).join(", ") + "]");
  const per = [0, 1, 2].map((i) => `'w${i}': ` + log.filter(([n]) => n === `w${i}`).reduce((s, [, x]) => s + x, 0));
  print("per worker:", "{" + per.join(", ") + "}");
}
asyncio.run(main());
