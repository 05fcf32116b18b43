async function producer(pid, q, n) {
  for (let i = 0; i < n; i++) {
    await asyncio.sleep(0.03 * (pid + 1));
    await q.put(`p${pid}-${i}`);
  }
  print(`producer ${pid} finished`);
}
async function consumer(cid, q, seen) {
  while (true) {
    const item = await q.get();
    if (item === null) {
      q.task_done();
      print(`consumer ${cid} stopping, handled ${seen[cid].length}`);
      return seen[cid].length;
    }
    await asyncio.sleep(0.05);
    seen[cid].push(item);
    q.task_done();
  }
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const q = new asyncio.Queue({maxsize: 3});
  const seen = {0: [], 1: []};
  const consumers = [0, 1].map((c) => asyncio.create_task(consumer(c, q, seen)));
  const producers = [0, 1, 2].map((p) => asyncio.create_task(producer(p, q, 4)));
  await asyncio.gather(...producers);
  print("producers done at", Math.round((loop.time() - t0) * 100) / 100, "qsize", q.qsize());
  for (const _ of consumers) await q.put(null);
  await q.join();
  print("queue drained at", Math.round((loop.time() - t0) * 100) / 100);
  const counts = await asyncio.gather(...consumers);
  print("counts", "[" + counts.join(", ") + "]", "total", counts[0] + counts[1]);
  print("items", "[" + [...seen[0], ...seen[1]].sort().map((s) => `'${s}'`).join(", ") + "]");
}
asyncio.run(main());
