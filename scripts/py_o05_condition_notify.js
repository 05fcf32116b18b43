let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
async function waiter(name, cond) {
  await cond.with(async () => {
    log(name, "waiting");
    await cond.wait();
    log(name, "woke");
    await asyncio.sleep(0);
    log(name, "leaving lock");
  });
  log(name, "out");
}
async function notifier(cond) {
  await asyncio.sleep(0.01);
  await cond.with(async () => {
    log("notifier", "notify 2");
    cond.notify(2);
    await asyncio.sleep(0);
    log("notifier", "still holding");
  });
  await asyncio.sleep(0.01);
  await cond.with(async () => {
    log("notifier", "notify_all");
    cond.notify_all();
  });
  log("notifier", "released");
  await asyncio.sleep(0);
  log("notifier", "end");
}
async function main() {
  t0 = asyncio.get_running_loop().time();
  const cond = new asyncio.Condition();
  const ts = [0, 1, 2, 3, 4].map((i) => asyncio.create_task(waiter(`w${i}`, cond)));
  ts.push(asyncio.create_task(notifier(cond)));
  await asyncio.gather(...ts);
  log("main", "end");
}
await asyncio.run(main());
