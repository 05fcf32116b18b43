const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function dispatcher(pq, name) {
  while (true) {
    const [prio, seq, job] = await pq.get();
    try {
      if (job === null) {
        print(el(), name, "stop");
        return;
      }
      print(el(), name, `run ${job} (p${prio})`);
      await asyncio.sleep(0.1);
    } finally {
      pq.task_done();
    }
  }
}

async function main() {
  const pq = new asyncio.PriorityQueue();
  let seq = 0;
  function submit(prio, job) {
    seq += 1;
    pq.put_nowait([prio, seq, job]);
  }
  for (const [prio, job] of [[5, "backup"], [1, "page-oncall"], [3, "email"], [1, "restart-db"], [9, "cleanup"]]) submit(prio, job);
  const workers = [0, 1].map(i => asyncio.create_task(dispatcher(pq, `d${i}`)));
  await asyncio.sleep(0.15);
  submit(0, "security-patch");
  submit(4, "report");
  await asyncio.sleep(0.01);
  print(el(), "queued now:", pq.qsize());
  for (const _ of workers) submit(99, null);
  await pq.join();
  await asyncio.gather(...workers);
  print(el(), "all done, empty:", pq.empty() ? "True" : "False");
}

await asyncio.run(main());
