const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
async function c() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("c except", R(e.message));
    throw e;
  } finally {
    print("c finally");
  }
}
async function b() {
  try {
    await c();
  } finally {
    print("b finally");
  }
}
async function a() {
  try {
    return await b();
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("a except; cancelling", asyncio.current_task().cancelling());
    throw e;
  } finally {
    print("a finally");
  }
}
async function main() {
  const t = asyncio.create_task(a());
  await asyncio.sleep(0.1);
  t.cancel("deep");
  print("cancel requested");
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main", R(e.message), B(t.cancelled())); else throw e;
  }
}
await asyncio.run(main());
