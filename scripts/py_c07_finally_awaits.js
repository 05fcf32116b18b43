const B = (x) => (x ? "True" : "False");
async function w() {
  try {
    await asyncio.sleep(10);
  } finally {
    print("finally start in", asyncio.current_task().get_name());
    await asyncio.sleep(0.5);
    print("finally end");
  }
}
async function other() {
  for (let i = 0; i < 4; i++) {
    print("other", i);
    await asyncio.sleep(0.2);
  }
}
async function main() {
  const t = asyncio.create_task(w(), { name: "W" });
  const o = asyncio.create_task(other());
  await asyncio.sleep(0.1);
  t.cancel();
  await asyncio.sleep(0);
  print("t done?", B(t.done()), "cancelling", t.cancelling());
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("t cancelled", B(t.cancelled())); else throw e;
  }
  await o;
}
await asyncio.run(main());
