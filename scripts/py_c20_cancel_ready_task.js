const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
const spinner = asyncio.coroutine(async function spinner() {
  let n = 0;
  try {
    while (true) {
      n += 1;
      await asyncio.sleep(0);
    }
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("spinner cancelled after", n, "steps", R(e.message));
    throw e;
  }
});
async function main() {
  const t = asyncio.create_task(spinner());
  await asyncio.sleep(0);
  await asyncio.sleep(0);
  print("cancel ->", B(t.cancel("spin")));
  print("cancel again ->", B(t.cancel("spin2")), t.cancelling());
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main", R(e.message)); else throw e;
  }
}
await asyncio.run(main());
