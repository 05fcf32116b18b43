const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

const DONE = null;

async function producer(pid, q, n, delay) {
  for (let i = 0; i < n; i++) {
    await asyncio.sleep(delay);
    const item = `p${pid}-${i}`;
    if (q.full()) print(el(), `producer ${pid} blocked on full queue`);
    await q.put(item);
  }
  print(el(), `producer ${pid} finished`);
}

async function consumer(cid, q, delay, out) {
  let handled = 0;
  while (true) {
    const item = await q.get();
    if (item === DONE) {
      print(el(), `consumer ${cid} got sentinel after ${handled} items`);
      q.task_done();
      return handled;
    }
    await asyncio.sleep(delay);
    out.push(item);
    handled += 1;
    q.task_done();
  }
}

async function main() {
  const q = new asyncio.Queue({ maxsize: 3 });
  const out = [];
  const producers = [0, 1, 2].map(p => asyncio.create_task(producer(p, q, 4, [0.041, 0.073, 0.107][p])));
  const consumers = [0, 1].map(c => asyncio.create_task(consumer(c, q, 0.131, out)));
  await asyncio.gather(...producers);
  print(el(), "all producers done, qsize", q.qsize());
  for (const _ of consumers) await q.put(DONE);
  const counts = await asyncio.gather(...consumers);
  await q.join();
  print(el(), "joined; counts", `[${counts.join(", ")}]`, "total", out.length, "unfinished", 0);
  const per = [0, 1, 2].map(p => `${p}: ${out.filter(x => x.startsWith(`p${p}`)).length}`);
  print("per producer:", `{${per.join(", ")}}`);
}

await asyncio.run(main());
