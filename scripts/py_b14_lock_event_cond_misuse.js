const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function main() {
  const lock = new asyncio.Lock();
  try {
    lock.release();
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("Lock.release unlocked:", e.name, e.message); else throw e;
  }
  await lock.acquire();
  lock.release();
  try {
    lock.release();
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("Lock.release twice:", e.name, e.message); else throw e;
  }
  await lock.acquire();
  async function other() {
    lock.release();
    print("other task released it");
  }
  await asyncio.create_task(other());
  print("locked now", P(lock.locked()));
  const cond = new asyncio.Condition();
  for (const [label, fn] of [["notify", () => cond.notify()], ["notify_all", () => cond.notify_all()]]) {
    try {
      fn();
    } catch (e) {
      if (e instanceof asyncio.RuntimeError) print("Condition", label, "unlocked:", e.name, e.message); else throw e;
    }
  }
  try {
    await cond.wait();
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("Condition wait unlocked:", e.name, e.message); else throw e;
  }
  try {
    cond.release();
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("Condition release unlocked:", e.name, e.message); else throw e;
  }
  try {
    await cond.wait_for(() => true);
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("Condition wait_for unlocked:", e.name, e.message); else throw e;
  }
  const ev = new asyncio.Event();
  ev.set(); ev.set();
  print("set twice", P(ev.is_set()));
  ev.clear(); ev.clear();
  print("clear twice", P(ev.is_set()));
  try {
    await asyncio.wait_for(ev.wait(), 0.05);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("event wait timed out", e.name); else throw e;
  }
  ev.set();
  print("wait on set event", P(await ev.wait()));
}
await asyncio.run(main());
