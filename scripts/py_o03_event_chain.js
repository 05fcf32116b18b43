let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
async function waiter(name, ev, nxt) {
  log(name, "wait");
  await ev.wait();
  log(name, "woke");
  await asyncio.sleep(0);
  if (nxt !== null) {
    log(name, "sets next");
    nxt.set();
  }
  log(name, "done");
}
async function setter(ev) {
  log("setter", "start");
  await asyncio.sleep(0.01);
  log("setter", "set");
  ev.set();
  log("setter", "after set", ev.is_set() ? "True" : "False");
  await asyncio.sleep(0);
  log("setter", "end");
}
async function main() {
  t0 = asyncio.get_running_loop().time();
  const e1 = new asyncio.Event(), e2 = new asyncio.Event(), e3 = new asyncio.Event();
  const ts = [asyncio.create_task(waiter("w1a", e1, e2)), asyncio.create_task(waiter("w2", e2, e3)),
    asyncio.create_task(waiter("w1b", e1, null)), asyncio.create_task(waiter("w3", e3, null)),
    asyncio.create_task(waiter("w1c", e1, null)), asyncio.create_task(setter(e1))];
  await asyncio.gather(...ts);
  log("main", "end");
}
await asyncio.run(main());
