const other = asyncio.coroutine(async function other() {
  for (let i = 0; i < 3; i++) {
    print("other", i);
    await asyncio.sleep(0);
  }
});
const quick = asyncio.coroutine(async function quick() { return 1; });
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  f.set_result("f");
  const t = asyncio.create_task(quick());
  await asyncio.sleep(0);
  const o = asyncio.create_task(other());
  print("await done future", await f);
  print("await done task", await t);
  print("await coroutine", await quick());
  print("before yield");
  await asyncio.sleep(0);
  print("after yield");
  await o;
}
await asyncio.run(main());
