const B = (x) => (x ? "True" : "False");
const args = (e) => (e.message ? `('${e.message}',)` : "()");
async function w() {
  try {
    await asyncio.sleep(10);
  } finally {
    print("finally start; cancelling", asyncio.current_task().cancelling());
    try {
      await asyncio.sleep(1);
      print("cleanup sleep finished");
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print("cleanup interrupted", args(e), "cancelling", asyncio.current_task().cancelling());
      await asyncio.sleep(0.1);
      print("second cleanup done");
    }
    print("finally end");
  }
}
async function w2() {
  try {
    await asyncio.sleep(10);
  } finally {
    await asyncio.sleep(0.5);
    print("w2 finally done (not reached)");
  }
}
async function main() {
  const t = asyncio.create_task(w());
  await asyncio.sleep(0.1);
  t.cancel("first");
  await asyncio.sleep(0.1);
  print("t cancelling", t.cancelling(), "done", B(t.done()));
  t.cancel("second");
  try { await t; } catch (e) { if (!(e instanceof asyncio.CancelledError)) throw e; print("t cancelled", B(t.cancelled()), args(e), "cancelling", t.cancelling()); }
  const t2 = asyncio.create_task(w2());
  await asyncio.sleep(0.1);
  t2.cancel("a");
  await asyncio.sleep(0.1);
  t2.cancel("b");
  try { await t2; } catch (e) { if (!(e instanceof asyncio.CancelledError)) throw e; print("t2 cancelled", args(e)); }
  const t3 = asyncio.create_task(w());
  try {
    await asyncio.wait_for(t3, 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("wait_for timed out; t3 cancelled", B(t3.cancelled()));
  }
}
await asyncio.run(main());
