// Condition: notify(n) wakes the first n waiters in order, notify_all the rest; wait() returns True;
// notify/wait without the lock raise RuntimeError; locked() follows the lock.
const py = (v) => (v === true ? "True" : v === false ? "False" : v === undefined || v === null ? "None" : String(v));

async function main() {
  const cond = new asyncio.Condition();
  const log = [];

  async function waiter(i) {
    await cond.with(async () => {
      const r = await cond.wait();
      log.push(`w${i} woke ${py(r)} locked=${py(cond.locked())}`);
    });
  }

  const ts = [0, 1, 2, 3, 4, 5].map((i) => asyncio.create_task(waiter(i)));
  await asyncio.sleep(0);
  await cond.with(async () => {
    cond.notify(2);
    log.push("notified 2");
  });
  await asyncio.sleep(0);
  await asyncio.sleep(0);
  await cond.with(async () => {
    cond.notify();
    log.push("notified 1");
    cond.notify(0);
  });
  await asyncio.sleep(0);
  await asyncio.sleep(0);
  await cond.with(async () => {
    cond.notify_all();
    log.push("notified all");
  });
  await asyncio.gather(...ts);
  print(log.join("\n"));
  for (const f of [() => cond.notify(), () => cond.notify_all()]) {
    try {
      f();
    } catch (e) {
      print(`${e.name}:`, e.message);
    }
  }
  try {
    await cond.wait();
  } catch (e) {
    print(`${e.name}:`, e.message);
  }
  try {
    await cond.wait_for(() => true);
  } catch (e) {
    print(`${e.name}:`, e.message);
  }
  print("locked:", py(cond.locked()));
}

await asyncio.run(main());
