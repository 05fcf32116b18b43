const B = (x) => (x ? "True" : "False");
async function main() {
  const q = new asyncio.Queue();
  try {
    await asyncio.wait_for(q.get(), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("get timed out; empty", B(q.empty()));
  }
  q.put_nowait("a");
  print("got", await asyncio.wait_for(q.get(), 0.1));
  async function putter() {
    await asyncio.sleep(0.1);
    q.put_nowait("b");
    print("put b");
  }
  const p = asyncio.create_task(putter());
  try {
    const v = await asyncio.wait_for(q.get(), 0.1);
    print("got", v);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timed out; qsize", q.qsize());
  }
  await p;
  if (!q.empty()) print("leftover", q.get_nowait());
  const ev = new asyncio.Event();
  try {
    await asyncio.wait_for(ev.wait(), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("event wait timed out; set", B(ev.is_set()));
  }
  async function setter() { await asyncio.sleep(0.05); ev.set(); }
  asyncio.create_task(setter());
  print("event wait ->", B(await asyncio.wait_for(ev.wait(), 1)));
  ev.clear();
  async function waiter(n, lim) {
    try {
      await asyncio.timeout(lim).with(async () => { await ev.wait(); });
      print("waiter", n, "woke");
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      print("waiter", n, "timeout");
    }
  }
  const ws = [0.1, 1, 0.2, 1].map((l, i) => asyncio.create_task(waiter(i, l)));
  await asyncio.sleep(0.3);
  ev.set();
  await asyncio.gather(...ws);
}
await asyncio.run(main());
