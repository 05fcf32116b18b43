const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function child(n) {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("child", n, "cancelled");
    throw e;
  } finally {
    print("child", n, "finally");
  }
}
async function runner() {
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(child(1));
      tg.create_task(child(2));
      print("body waiting");
    });
    print("not reached");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("runner sees CancelledError (not a group)");
    throw e;
  }
}
async function main() {
  const t = asyncio.create_task(runner());
  await asyncio.sleep(0.1);
  t.cancel("stop it");
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("runner cancelled", P(t.cancelled()), e.message ? `('${e.message}',)` : "()"); else throw e;
  }
}
await asyncio.run(main());
