let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const state = { n: 0 };
async function waiter(name, cond, target) {
  await cond.with(async () => {
    log(name, "wait_for >=", target);
    await cond.wait_for(() => { print("  pred", name, state.n); return state.n >= target; });
    log(name, "ok", state.n);
  });
}
async function bumper(cond) {
  for (let i = 0; i < 4; i++) {
    await asyncio.sleep(0);
    await cond.with(async () => {
      state.n += 1;
      log("bumper", "n =", state.n);
      if (i % 2 === 0) cond.notify_all();
      else cond.notify(1);
    });
  }
}
async function main() {
  t0 = asyncio.get_running_loop().time();
  const cond = new asyncio.Condition();
  const ts = [3, 1, 2, 4, 1].map((t) => asyncio.create_task(waiter(`w${t}`, cond, t)));
  ts.push(asyncio.create_task(bumper(cond)));
  const [done, pending] = await asyncio.wait(ts, { timeout: 0.05 });
  log("main", done.size, pending.size);
  for (const t of pending) t.cancel();
  await asyncio.sleep(0);
}
await asyncio.run(main());
