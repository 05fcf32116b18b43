const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.03) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)

class CorruptRecord extends Error { constructor(m) { super(m); this.name = "CorruptRecord"; } }

async function worker(name, q, out) {
  try {
    while (true) {
      const rec = await q.get();
      try {
        await asyncio.sleep(0.06);
        if (rec === "r7?") throw new CorruptRecord(`${name} hit corrupt record ${rec}`);
        out.push(rec);
      } finally {
        q.task_done();
      }
    }
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), name, "stopping");
    throw e;
  }
}

async function ingest(records, nworkers) {
  const q = new asyncio.Queue();
  const out = [];
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      const workers = [...Array(nworkers).keys()].map(i => tg.create_task(worker(`w${i}`, q, out)));
      for (const r of records) await q.put(r);
      print(el(), "all queued, joining");
      await q.join();
      print(el(), "joined; stopping workers");
      for (const w of workers) w.cancel();
    });
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    const mine = eg.errors.filter(e => e instanceof CorruptRecord);
    if (mine.length !== eg.errors.length) throw eg;
    print(el(), "ingest aborted:", "[" + mine.map(e => `'${e.message}'`).join(", ") + "]");
  }
  print(el(), "processed", out.length, "left", q.qsize());
  return out.length;
}

async function main() {
  await ingest([...Array(6).keys()].map(i => `r${i}`), 2);
  await ingest([...[...Array(6).keys()].map(i => `r${i}`), "r7?", "r8", "r9", "r10"], 2);
}

await asyncio.run(main());
