const inner = asyncio.coroutine(async function inner() {
  try {
    await asyncio.sleep(0.1);
    print("inner finished normally");
    return "inner";
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("inner cancelled", `'${e.message}'`);
    throw e;
  }
});
const outer = asyncio.coroutine(async function outer(it) {
  asyncio.current_task().cancel("must");
  try {
    await it;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("outer got CancelledError", `'${e.message}'`);
    throw e;
  }
});
async function main() {
  const it = asyncio.create_task(inner());
  const ot = asyncio.create_task(outer(it));
  await asyncio.sleep(0.2);
  print("inner cancelled?", it.cancelled(), "outer cancelled?", ot.cancelled());
}
await asyncio.run(main());
