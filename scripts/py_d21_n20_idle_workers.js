async function worker(name, q, t0, loop) {
  let handled = 0;
  while (true) {
    let item;
    try {
      item = await asyncio.wait_for(q.get(), {timeout: 0.15});
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      print(`${name} idle, exiting at ${Math.round((loop.time() - t0) * 100) / 100} after ${handled}`);
      return handled;
    }
    await asyncio.sleep(item);
    handled += 1;
    q.task_done();
  }
}
async function feeder(q) {
  for (const d of [0.05, 0.1, 0.05, 0.2]) {
    await q.put(d);
    await asyncio.sleep(0.07);
  }
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const q = new asyncio.Queue();
  const ws = [0, 1].map((i) => asyncio.create_task(worker(`w${i}`, q, t0, loop)));
  await feeder(q);
  await q.join();
  print("joined at", Math.round((loop.time() - t0) * 100) / 100, "qsize", q.qsize());
  print("handled", "[" + (await asyncio.gather(...ws)).join(", ") + "]");
}
asyncio.run(main());
