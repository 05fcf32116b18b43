const R = (s) => "'" + s + "'";
async function w(tag) {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(tag, "inside sees", R(e.message));
    throw e;
  }
}
async function run_one(tag, ...args) {
  const t = asyncio.create_task(w(tag));
  await asyncio.sleep(0);
  t.cancel(...args);
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(tag, "awaiter sees", R(e.message)); else throw e;
  }
}
async function main() {
  await run_one("nomsg");
  await run_one("empty", "");
  await run_one("text", "stop now");
  await run_one("number", 42);
}
await asyncio.run(main());
