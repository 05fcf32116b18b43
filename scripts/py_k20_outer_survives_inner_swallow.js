const B = (x) => (x ? "True" : "False");
async function inner() {
  try {
    await asyncio.sleep(1);
    return "inner-normal";
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("inner swallows");
    return "inner-swallowed";
  }
}
async function outer() {
  const r = await asyncio.create_task(inner());
  const me = asyncio.current_task();
  print("outer got", r, "cancelling", me.cancelling());
  await asyncio.sleep(0.1);
  print("outer continued past next sleep");
  return "outer-done";
}
async function outer_gather() {
  await asyncio.sleep(0);
  const me = asyncio.current_task();
  try {
    const r = await asyncio.gather(asyncio.create_task(inner()), asyncio.create_task(inner()));
    print("gather returned", r);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("outer_gather got CancelledError; cancelling", me.cancelling());
    throw e;
  }
}
async function main() {
  let t = asyncio.create_task(outer());
  await asyncio.sleep(0.05);
  print("cancel ->", B(t.cancel()));
  print("result", await t, "cancelled", B(t.cancelled()), "cancelling", t.cancelling());
  t = asyncio.create_task(outer_gather());
  await asyncio.sleep(0.05);
  t.cancel();
  const r = await asyncio.gather(t, { return_exceptions: true });
  print("outer_gather", r[0].name, B(t.cancelled()));
}
await asyncio.run(main());
