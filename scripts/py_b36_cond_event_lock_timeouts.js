const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const cond = new asyncio.Condition();
  await cond.with(async () => {
    for (const [label, pred] of [["number", 5], ["None", null]]) {
      try {
        await cond.wait_for(pred);
        print(label, "accepted");
      } catch (e) {
        if (e instanceof TypeError) print("wait_for predicate", label, e.name); else throw e;
      }
    }
    print("lock still held", P(cond.locked()));
    const r = await cond.wait_for(() => "truthy");
    print("truthy predicate returns", `'${r}'`);
  });
  const lock = new asyncio.Lock();
  await lock.acquire();
  try {
    await asyncio.wait_for(lock.acquire(), 0.05);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("re-acquire timed out", (loop.time() - t0).toFixed(2), "locked", P(lock.locked())); else throw e;
  }
  lock.release();
  print("after release locked", P(lock.locked()));
  const ev = new asyncio.Event();
  const w = asyncio.create_task(ev.wait());
  await asyncio.sleep(0.01);
  w.cancel();
  try {
    await w;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("event waiter cancelled"); else throw e;
  }
  ev.set();
  print("set after cancelled waiter ok", P(ev.is_set()));
  const sem = new asyncio.Semaphore(0);
  try {
    await asyncio.timeout(0.05).with(async () => { await sem.acquire(); });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("semaphore(0) acquire timed out", P(sem.locked())); else throw e;
  }
  sem.release();
  print("after release", P(sem.locked()));
}
await asyncio.run(main());
