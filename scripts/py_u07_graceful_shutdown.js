const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.04) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";
const pybool = (b) => b ? "True" : "False";

class DB {
  constructor() { this.open = false; }
  async connect() {
    await asyncio.sleep(0.06);
    this.open = true;
    print(el(), "db connected");
  }
  async close() {
    await asyncio.sleep(0.06);
    this.open = false;
    print(el(), "db closed");
  }
}

const handler = asyncio.coroutine(async function (db, conn_id) {
  print(el(), `conn ${conn_id} open`);
  try {
    for (let step = 0; step < 10; step++) {
      await asyncio.sleep(0.12);
      print(el(), `conn ${conn_id} step ${step} db=${pybool(db.open)}`);
    }
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print(el(), `conn ${conn_id} cancelled, flushing`);
      await asyncio.sleep(0.02);
      print(el(), `conn ${conn_id} flushed`);
    }
    throw e;
  } finally {
    print(el(), `conn ${conn_id} closed`);
  }
});

async function stubborn() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(el(), "stubborn ignores first cancel");
    await asyncio.sleep(0.1);
    return "stubborn finished anyway";
  }
}

async function ticker() {
  let n = 0;
  while (true) {
    await asyncio.sleep(0.1);
    n += 1;
    if (n === 3) throw new asyncio.RuntimeError("ticker broke");
  }
}

async function shutdown(db) {
  const me = asyncio.current_task();
  const tasks = [...asyncio.all_tasks()].filter(t => t !== me);
  tasks.sort((a, b) => a.get_name() < b.get_name() ? -1 : a.get_name() > b.get_name() ? 1 : 0);
  print(el(), "shutdown: cancelling", pylist(tasks.map(t => t.get_name())));
  for (const t of tasks) t.cancel();
  const results = await asyncio.gather(...tasks, { return_exceptions: true });
  tasks.forEach((t, i) => {
    const r = results[i];
    const name = r instanceof Error ? r.name : "str";
    print(el(), " ", t.get_name(), "->", name, r instanceof asyncio.CancelledError ? "" : (r instanceof Error ? r.message : r));
  });
  await db.close();
}

async function main() {
  const db = new DB();
  await db.connect();
  asyncio.create_task(handler(db, 1), { name: "h1" });
  asyncio.create_task(handler(db, 2), { name: "h2" });
  asyncio.create_task(stubborn(), { name: "stubborn" });
  const tick = asyncio.create_task(ticker(), { name: "ticker" });
  await asyncio.sleep(0.4);
  print(el(), "ticker done?", pybool(tick.done()), tick.exception().name, tick.exception().message);
  await shutdown(db);
  print(el(), "bye");
}

await asyncio.run(main());
