const B = (x) => (x ? "True" : "False");
async function important(n) {
  try {
    await asyncio.sleep(0.5);
    print("important", n, "completed");
    return `val${n}`;
  } finally {
    print("important", n, "finally");
  }
}
async function main() {
  const inner = asyncio.ensure_future(important(1));
  try {
    await asyncio.wait_for(asyncio.shield(inner), 0.2);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timeout; inner done", B(inner.done()), "cancelled", B(inner.cancelled()));
  }
  print("awaiting inner:", await inner);
  const inner2 = asyncio.ensure_future(important(2));
  try {
    await asyncio.timeout(0.1).with(async () => { await asyncio.shield(inner2); });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timeout cm; inner2 done", B(inner2.done()), "cancelling", inner2.cancelling());
  }
  const inner3 = asyncio.ensure_future(important(3));
  async function waiter() {
    try {
      return await asyncio.shield(inner3);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("waiter cancelled; inner3 done", B(inner3.done()));
      throw e;
    }
  }
  const wt = asyncio.create_task(waiter());
  await asyncio.sleep(0.1);
  wt.cancel();
  try { await wt; } catch (e) { if (!(e instanceof asyncio.CancelledError)) throw e; print("wt cancelled", B(wt.cancelled())); }
  const g = await asyncio.gather(inner2, inner3);
  print("gather:", "[" + g.map((x) => `'${x}'`).join(", ") + "]");
}
await asyncio.run(main());
