// A producer/consumer pipeline: a producer feeds jobs through a bounded Queue(2) to three workers, which
// pass their results through a second queue to a collector. queue.join() tells when every job has been
// handled; then the idle workers are cancelled. The producer waits whenever the first queue is full.
// Expected output checked against CPython 3.13 under virtual time.
const start = time.monotonic();
const now = () => (time.monotonic() - start).toFixed(2);
const jobs = new asyncio.Queue(2);
const results = new asyncio.Queue();
const durations = [0.5, 0.2, 0.3, 0.4, 0.1, 0.6, 0.2, 0.3];

async function producer() {
  for (const [i, d] of durations.entries()) {
    await jobs.put({ id: i, seconds: d });
    print(`${now()} put job ${i}, ${jobs.qsize()} queued`);
  }
  print(`${now()} producer done`);
}

async function worker(name) {
  for (;;) {
    const job = await jobs.get();
    try {
      await asyncio.sleep(job.seconds);
      await results.put(`${name}:${job.id}`);
    } finally {
      jobs.task_done();
    }
  }
}

async function collector(done) {
  for (;;) {
    done.push(await results.get());
    results.task_done();
  }
}

const done = [];
const workers = [1, 2, 3].map((i) => asyncio.create_task(worker(`w${i}`)));
const coll = asyncio.create_task(collector(done));
await producer();
await jobs.join();
print(`${now()} all jobs handled: ${jobs}`);
await results.join();
print(`${now()} all results collected: ${results}`);
for (const t of [...workers, coll]) t.cancel();
const outcomes = await asyncio.gather(...workers, coll, { return_exceptions: true });
print(`cancelled: ${outcomes.filter((o) => o instanceof asyncio.CancelledError).length}`);
print(done.join(" "));
print(`elapsed ${now()}, sum of job times ${durations.reduce((a, b) => a + b).toFixed(2)}`);
