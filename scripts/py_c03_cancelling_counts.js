const B = (x) => (x ? "True" : "False");
async function w() {
  for (let i = 0; i < 3; i++) {
    try {
      await asyncio.sleep(1);
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      const t = asyncio.current_task();
      print("round", i, "cancelling", t.cancelling());
      print("round", i, "uncancel ->", t.uncancel());
    }
  }
  return "end";
}
async function main() {
  const t = asyncio.create_task(w());
  await asyncio.sleep(0);
  t.cancel();
  t.cancel();
  print("main sees", t.cancelling());
  await asyncio.sleep(0);
  t.cancel();
  print("main sees", t.cancelling());
  await asyncio.sleep(0);
  print("uncancels from main", t.uncancel(), t.uncancel(), t.uncancel());
  t.cancel();
  await asyncio.sleep(0);
  print(await t, B(t.cancelled()), t.cancelling());
  print("fresh task uncancel", asyncio.create_task(asyncio.sleep(0)).uncancel());
  await asyncio.sleep(0);
}
await asyncio.run(main());
