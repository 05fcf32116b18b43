const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
async function w() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("first cancel swallowed", R(e.message)); else throw e;
  }
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("second cancel", R(e.message), asyncio.current_task().cancelling());
    throw e;
  }
}
async function main() {
  const t = asyncio.create_task(w());
  await asyncio.sleep(1);
  t.cancel("one");
  await asyncio.sleep(1);
  print("t still alive", B(!t.done()), t.cancelling());
  t.cancel("two");
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main", R(e.message), t.cancelling()); else throw e;
  }
}
await asyncio.run(main());
