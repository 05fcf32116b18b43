const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function waiter(b, i) {
  try {
    const r = await b.wait();
    print("waiter", i, "passed", r);
  } catch (e) {
    if (e instanceof asyncio.BrokenBarrierError) print("waiter", i, e.name, `'${e.message}'`); else throw e;
  }
}
async function main() {
  const b = new asyncio.Barrier(3);
  const t1 = asyncio.create_task(waiter(b, 1));
  const t2 = asyncio.create_task(waiter(b, 2));
  await asyncio.sleep(0.01);
  print("n_waiting", b.n_waiting, "broken", P(b.broken));
  await b.abort();
  await asyncio.gather(t1, t2);
  print("broken", P(b.broken));
  try {
    await b.wait();
  } catch (e) {
    if (e instanceof asyncio.BrokenBarrierError) print("wait on broken:", e.name, P(e instanceof asyncio.RuntimeError)); else throw e;
  }
  await b.reset();
  print("after reset broken", P(b.broken), "parties", b.parties);
  const b1 = new asyncio.Barrier(1);
  print("single party passes", await b1.wait(), await b1.wait());
  const b2 = new asyncio.Barrier(2);
  const t = asyncio.create_task(waiter(b2, 3));
  await asyncio.sleep(0.01);
  t.cancel();
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("cancelled waiter; broken", P(b2.broken), "n_waiting", b2.n_waiting); else throw e;
  }
}
await asyncio.run(main());
