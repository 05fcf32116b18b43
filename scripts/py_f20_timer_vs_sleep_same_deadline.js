const sleeper = asyncio.coroutine(async function sleeper(name, d) {
  await asyncio.sleep(d);
  print(name, "resumed");
});
const fut_waiter = asyncio.coroutine(async function fut_waiter(name, fut) {
  print(name, "got", await fut);
});
async function main() {
  const loop = asyncio.get_running_loop();
  const t1 = asyncio.create_task(sleeper("T1", 0.1));
  await asyncio.sleep(0);
  loop.call_later(0.1, print, "timer X (after T1's sleep)");
  const fut = loop.create_future();
  const t2 = asyncio.create_task(fut_waiter("T2", fut));
  loop.call_later(0.1, (v) => fut.set_result(v), "v");
  loop.call_later(0.1, print, "timer Y");
  const t3 = asyncio.create_task(sleeper("T3", 0.1));
  await asyncio.sleep(0.1);
  print("main resumed");
  await asyncio.gather(t1, t2, t3);
}
await asyncio.run(main());
