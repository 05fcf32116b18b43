async function w(n) {
  try {
    await asyncio.sleep(5);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("w", n, "cancelled");
    throw e;
  }
}
async function caller() {
  try {
    await asyncio.gather(w(1), w(2));
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("caller cancelled");
    throw e;
  }
}
async function main() {
  const t = asyncio.create_task(caller());
  await asyncio.sleep(1);
  t.cancel("stop");
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main: caller cancelled", t.cancelled()); else throw e;
  }
}
await asyncio.run(main());
