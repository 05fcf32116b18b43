// cw uses asyncio.coroutine: its first step takes the lock, and in Python that step runs after the notifier's
// (a plain async function would take it at create_task, before the notifier: SPEC §6's eager start).
let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const cw = asyncio.coroutine(async function cw(name, cond) {
  await cond.with(async () => {
    log(name, "cond wait");
    await cond.wait();
    log(name, "cond reacquired");
    await asyncio.sleep(0);
  });
  log(name, "released");
});
async function lw(name, lock, pre) {
  for (let k = 0; k < pre; k++) await asyncio.sleep(0);
  log(name, "lock acquire");
  await lock.with(async () => {
    log(name, "lock held");
    await asyncio.sleep(0);
  });
  log(name, "lock released");
}
async function notifier(cond) {
  await asyncio.sleep(0.01);
  await cond.acquire();
  log("notifier", "notify_all");
  cond.notify_all();
  for (let i = 0; i < 3; i++) {
    await asyncio.sleep(0);
    log("notifier", "holding", i);
  }
  cond.release();
  log("notifier", "released");
  await cond.acquire();
  log("notifier", "reacquired");
  cond.release();
}
async function main() {
  t0 = asyncio.get_running_loop().time();
  const lock = new asyncio.Lock();
  const cond = new asyncio.Condition(lock);
  const ts = [asyncio.create_task(cw("c1", cond)), asyncio.create_task(cw("c2", cond)), asyncio.create_task(notifier(cond))];
  await asyncio.sleep(0.01);
  ts.push(asyncio.create_task(lw("L1", lock, 1)), asyncio.create_task(lw("L2", lock, 3)), asyncio.create_task(cw("c3", cond)));
  await asyncio.sleep(0.01);
  await cond.with(async () => { cond.notify_all(); });
  await asyncio.gather(...ts);
  log("main", "end", lock.locked() ? "True" : "False");
}
await asyncio.run(main());
