async function leftover(n, d) {
  try {
    print("leftover", n, "start");
    await asyncio.sleep(d);
    print("leftover", n, "finished");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print("leftover", n, "cancelled");
      await asyncio.sleep(0.1);
      print("leftover", n, "unwound");
    }
    throw e;
  } finally {
    print("leftover", n, "finally");
  }
}
async function swallow() {
  try {
    await asyncio.sleep(100);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) { print("swallow swallowed"); return "ignored"; }
    throw e;
  }
}
const lazy = asyncio.coroutine(leftover);
async function main() {
  asyncio.create_task(lazy(1, 10));
  asyncio.create_task(lazy(2, 0.05));
  asyncio.create_task(swallow());
  await asyncio.sleep(0.1);
  print("main returns");
  return "m";
}
print(await asyncio.run(main()));
print("after run");
