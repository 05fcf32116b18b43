const B = (x) => (x ? "True" : "False");
async function cleanup(n) {
  await asyncio.sleep(0.2);
  print("cleanup", n, "ran in", asyncio.current_task().get_name());
  return n * 10;
}
async function w() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    const me = asyncio.current_task();
    print("w cancelled, cancelling", me.cancelling());
    const r = await asyncio.create_task(cleanup(1), { name: "cl" });
    print("w got cleanup result", r, "still cancelling", me.cancelling());
    const r2 = await asyncio.gather(cleanup(2), cleanup(3));
    print("w gathered", "[" + r2.join(", ") + "]");
    throw e;
  }
}
async function main() {
  const t = asyncio.create_task(w(), { name: "W" });
  await asyncio.sleep(0.1);
  t.cancel();
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("t cancelled", B(t.cancelled())); else throw e;
  }
}
await asyncio.run(main());
