const other = asyncio.coroutine(async function other() { print("other runs"); });
async function main() {
  const f = asyncio.get_running_loop().create_future();
  f.set_result("f");
  asyncio.create_task(other());
  print("got", await f);
  await asyncio.sleep(0);
}
await asyncio.run(main());
