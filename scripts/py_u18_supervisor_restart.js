const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.03) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)

class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }

class Supervisor {
  constructor(queue, max_restarts) {
    this.queue = queue;
    this.max_restarts = max_restarts;
    this.restarts = 0;
    this.workers = new Map();
    this.processed = [];
    this.stopping = false;
  }
  start(name) {
    const t = asyncio.create_task(this.worker(name), { name });
    this.workers.set(name, t);
    t.add_done_callback((task) => this.on_exit(task));
  }
  on_exit(task) {
    const name = task.get_name();
    if (task.cancelled()) {
      print(el(), name, "exited: cancelled");
      return;
    }
    const exc = task.exception();
    print(el(), name, "exited:", exc === null ? "None" : `${exc.name}('${exc.message}')`);
    if (exc !== null && !this.stopping && this.restarts < this.max_restarts) {
      this.restarts += 1;
      const nw = `${name.split(".")[0]}.${this.restarts}`;
      print(el(), "restarting as", nw);
      this.start(nw);
    }
  }
  async worker(name) {
    while (true) {
      const job = await this.queue.get();
      try {
        await asyncio.sleep(0.04);
        if (job % 5 === 3) throw new ValueError(`bad job ${job}`);
        this.processed.push(job);
      } finally {
        this.queue.task_done();
      }
    }
  }
  async stop() {
    this.stopping = true;
    const live = [...this.workers.values()].filter(t => !t.done());
    for (const t of live) t.cancel();
    await asyncio.gather(...live, { return_exceptions: true });
    return live.length;
  }
}

async function main() {
  const q = new asyncio.Queue();
  for (let j = 0; j < 12; j++) q.put_nowait(j);
  const sup = new Supervisor(q, 2);
  sup.start("w0");
  sup.start("w1");
  await asyncio.sleep(0.01);
  await asyncio.wait_for(q.join(), 2);
  print(el(), "queue drained; restarts used:", sup.restarts);
  print(el(), "stopped", await sup.stop(), "workers");
  const all = [...Array(12).keys()];
  print("processed", `[${[...sup.processed].sort((a, b) => a - b).join(", ")}]`);
  print("missing", `[${all.filter(x => !sup.processed.includes(x)).join(", ")}]`);
}

await asyncio.run(main());
