// Seed 000 lock + event: workers wait for a start event, then take a lock one at a time
async function worker(i, lock, start_evt, log) {
  await start_evt.wait();
  await lock.with(async () => {
    log.push(i);
    print("worker", i, "has the lock", (time.perf_counter() - t0).toFixed(1));
    await asyncio.sleep(0.1);
  });
  return i;
}

async function main() {
  const lock = new asyncio.Lock();
  const evt = new asyncio.Event();
  const log = [];
  const tasks = [0, 1, 2, 3].map((i) => asyncio.create_task(worker(i, lock, evt, log)));
  await asyncio.sleep(0.2);
  print("nobody started:", log.length, lock.locked());
  evt.set();
  const [done] = await asyncio.wait(tasks, { timeout: 0.25 });
  print("done within 0.25:", done.size, ...log);
  await asyncio.gather(...tasks);
  print("order", ...log, (time.perf_counter() - t0).toFixed(1));
}

const t0 = time.perf_counter();
await asyncio.run(main());
