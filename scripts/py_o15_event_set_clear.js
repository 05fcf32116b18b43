let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
const B = (x) => (x ? "True" : "False");
async function waiter(name, ev, rounds) {
  for (let i = 0; i < rounds; i++) {
    log(name, "wait", i, B(ev.is_set()));
    await ev.wait();
    log(name, "woke", i, B(ev.is_set()));
    await asyncio.sleep(0);
  }
}
async function pulser(ev) {
  for (let i = 0; i < 3; i++) {
    await asyncio.sleep(0.01);
    log("pulser", "pulse", i);
    ev.set();
    ev.clear();
    await asyncio.sleep(0);
    log("pulser", "after pulse", i);
  }
}
async function main() {
  t0 = asyncio.get_running_loop().time();
  const ev = new asyncio.Event();
  const ts = [asyncio.create_task(waiter("a", ev, 3)), asyncio.create_task(waiter("b", ev, 2)),
    asyncio.create_task(pulser(ev)), asyncio.create_task(waiter("c", ev, 1))];
  await asyncio.gather(...ts);
  log("main", "end");
}
await asyncio.run(main());
