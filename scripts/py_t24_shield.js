async function important() {
  try {
    await asyncio.sleep(1);
    print("important finished");
    return "precious";
  } finally {
    print("important finally");
  }
}
async function caller(t) {
  try {
    return await asyncio.shield(t);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("caller cancelled");
    throw e;
  }
}
async function main() {
  const t = asyncio.create_task(important());
  const c = asyncio.create_task(caller(t));
  await asyncio.sleep(0.2);
  c.cancel();
  try {
    await c;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("c cancelled", c.cancelled(), "t done", t.done()); else throw e;
  }
  print("t result", await t);
  const s = asyncio.shield(asyncio.sleep(0.1, "x"));
  s.cancel();
  try {
    await s;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("shield future cancelled", s.cancelled()); else throw e;
  }
  await asyncio.sleep(0.2);
  const r = await asyncio.shield(asyncio.sleep(0.1, "direct"));
  print(r);
}
await asyncio.run(main());
