const selfcancel = asyncio.coroutine(async function selfcancel() {
  asyncio.current_task().cancel("self");
  print("still running after self-cancel");
  try {
    await asyncio.sleep(0);
    print("not here");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("caught", e.message); else throw e;
  }
  await asyncio.sleep(0);
  print("continues");
  throw new asyncio.CancelledError("manual");
});
async function main() {
  const t = asyncio.create_task(selfcancel());
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main got CancelledError", t.cancelled()); else throw e;
  }
  const t2 = asyncio.create_task(asyncio.sleep(1));
  await asyncio.sleep(0);
  t2.cancel();
  print("uncancel", t2.uncancel());
  try {
    await t2;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("t2 still cancelled", t2.cancelled()); else throw e;
  }
}
await asyncio.run(main());
