const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";
const pybool = (b) => b ? "True" : "False";

const producer = asyncio.coroutine(async function producer(name, q, n) {
  let sent = 0;
  try {
    for (let i = 0; i < n; i++) {
      await q.put(`${name}-${i}`);
      sent += 1;
    }
    return sent;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), name, "cancelled while blocked; sent", sent, "queue full:", pybool(q.full()));
    throw e;
  }
});

async function slow_consumer(q, limit) {
  const got = [];
  while (got.length < limit) {
    got.push(await q.get());
    await asyncio.sleep(0.05);
  }
  return got;
}

async function main() {
  const q = new asyncio.Queue({ maxsize: 2 });
  const prods = ["P", "Q"].map(n => asyncio.create_task(producer(n, q, 5)));
  const got = await slow_consumer(q, 4);
  print(el(), "consumer got", pylist(got), "qsize", q.qsize());
  for (const p of prods) p.cancel();
  const res = await asyncio.gather(...prods, { return_exceptions: true });
  print(el(), "producers:", pylist(res.map(r => r.name)));
  const rest = [];
  while (!q.empty()) rest.push(q.get_nowait());
  print(el(), "left in queue:", pylist(rest));
  // acquire with a timeout on a semaphore that nobody releases in time
  const sem = new asyncio.Semaphore(1);
  await sem.acquire();
  try {
    await asyncio.wait_for(sem.acquire(), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), "semaphore acquire timed out; locked:", pybool(sem.locked()));
  }
  sem.release();
  print(el(), "after release locked:", pybool(sem.locked()));
  await asyncio.wait_for(sem.acquire(), 0.1);
  print(el(), "acquired again; locked:", pybool(sem.locked()));
}

await asyncio.run(main());
