const work = asyncio.coroutine(async function work() {
  await asyncio.sleep(0.01);
  return 5;
});
async function main() {
  const c = work();
  const t = asyncio.create_task(c);
  print("get_coro is coro", t.get_coro() === c);
  print("iscoroutine(get_coro)", asyncio.iscoroutine(t.get_coro()));
  print(await t);
  print("after done get_coro is coro", t.get_coro() === c);
}
await asyncio.run(main());
