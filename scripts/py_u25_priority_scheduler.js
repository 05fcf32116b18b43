const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => typeof x === "number" ? String(x) : `'${x}'`).join(", ") + "]";

async function worker(wid, pq, log) {
  while (true) {
    const [prio, seq, job] = await pq.get();
    try {
      if (job === "poison") {
        print(el(), `w${wid} got poison pill`);
        return wid;
      }
      await asyncio.sleep(0.1);
      log.push(job);
      print(el(), `w${wid} ran ${job} (prio ${prio})`);
      if (job.startsWith("parent")) {
        for (let k = 0; k < 2; k++) {
          pq.put_nowait([prio - 1, seq * 10 + k, `child${seq}.${k}`]);
          print(el(), `w${wid} spawned child${seq}.${k} at prio ${prio - 1}`);
        }
      }
    } finally {
      pq.task_done();
    }
  }
}

async function main() {
  const pq = new asyncio.PriorityQueue();
  const log = [];
  const jobs = [[5, 1, "report"], [1, 2, "urgent"], [3, 3, "parent3"], [5, 0, "cleanup"], [2, 4, "email"]];
  for (const j of jobs) pq.put_nowait(j);
  const workers = [0, 1].map(i => asyncio.create_task(worker(i, pq, log)));
  await pq.join();
  print(el(), "all jobs done:", pylist(log));
  for (const _ of workers) pq.put_nowait([99, 0, "poison"]);
  print(el(), "workers exited:", pylist((await asyncio.gather(...workers)).sort()));
  const lifo = new asyncio.LifoQueue();
  for (const x of "abc") await lifo.put(x);
  const n = lifo.qsize();
  const got = [];
  for (let i = 0; i < n; i++) got.push(lifo.get_nowait());
  print("lifo order:", pylist(got));
  try {
    pq.put_nowait([1, "a", "x"]);
    pq.put_nowait([1, 2, "y"]);
    await pq.get();
    print("mixed get ok?", pq.qsize());
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    print("TypeError on mixed priorities");
  }
}

await asyncio.run(main());
