const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function worker(name, queue, done) {
  try {
    while (true) {
      const job = await queue.get();
      print(el(), name, "starts job", job);
      await asyncio.sleep(0.1 * job);
      done.push([name, job]);
      print(el(), name, "finished job", job);
      queue.task_done();
    }
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), name, "cancelled");
    throw e;
  } finally {
    print(el(), name, "exits");
  }
}

async function main() {
  const queue = new asyncio.Queue();
  for (const job of [3, 1, 2, 2, 1, 3, 1]) queue.put_nowait(job);
  const done = [];
  const workers = [];
  for (let i = 0; i < 3; i++) workers.push(asyncio.create_task(worker(`w${i}`, queue, done)));
  await queue.join();
  print(el(), "all jobs done:", done.length);
  for (const w of workers) w.cancel();
  const results = await asyncio.gather(...workers, { return_exceptions: true });
  print(el(), "worker results:", "[" + results.map(r => "'" + r.name + "'").join(", ") + "]");
  print("order:", done.map(([n, j]) => `${n}:${j}`).join(" "));
}

await asyncio.run(main());
