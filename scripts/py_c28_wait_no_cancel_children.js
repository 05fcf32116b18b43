const B = (x) => (x ? "True" : "False");
async function child() {
  try {
    await asyncio.sleep(0.5);
    print("child finished");
    return "c";
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("child cancelled");
    throw e;
  }
}
async function waiter(ts) {
  try {
    await asyncio.wait(ts);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("waiter cancelled");
    throw e;
  }
}
async function main() {
  const c = asyncio.create_task(child());
  const w = asyncio.create_task(waiter([c]));
  await asyncio.sleep(0.1);
  w.cancel();
  try {
    await w;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("w cancelled", B(w.cancelled()), "c done", B(c.done())); else throw e;
  }
  print("c result", await c);
}
await asyncio.run(main());
