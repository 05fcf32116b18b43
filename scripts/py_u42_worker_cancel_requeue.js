const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";

async function worker(name, q, done_log) {
  while (true) {
    const item = await q.get();
    try {
      print(el(), name, "processing", item);
      await asyncio.sleep(0.1);
      done_log.push([name, item]);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) {
        print(el(), name, "interrupted on", item, "- requeueing");
        q.put_nowait(item);
      }
      throw e;
    } finally {
      q.task_done();
    }
  }
}

async function main() {
  const q = new asyncio.Queue();
  for (let i = 0; i < 7; i++) q.put_nowait(`job${i}`);
  const done_log = [];
  const workers = new Map(["w1", "w2", "w3"].map(n => [n, asyncio.create_task(worker(n, q, done_log))]));
  await asyncio.sleep(0.14);
  workers.get("w2").cancel();
  print(el(), "scaled down: w2 cancelled; qsize", q.qsize());
  await q.join();
  print(el(), "join returned; unfinished", 0);
  for (const t of workers.values()) t.cancel();
  const res = await asyncio.gather(...workers.values(), { return_exceptions: true });
  print(el(), "results", pylist(res.map(r => r.name)));
  const by = new Map();
  for (const [n, item] of done_log) {
    if (!by.has(n)) by.set(n, []);
    by.get(n).push(item);
  }
  print("work by worker:", "{" + [...by].map(([k, v]) => `'${k}': ${pylist(v)}`).join(", ") + "}");
  const all = done_log.map(([, i]) => i).sort();
  print("all jobs done once:", JSON.stringify(all) === JSON.stringify([...Array(7).keys()].map(i => `job${i}`)) ? "True" : "False");
}

await asyncio.run(main());
