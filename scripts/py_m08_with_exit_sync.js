const other = asyncio.coroutine(async function other() { print("other runs"); });
async function main() {
  asyncio.create_task(other());
  await asyncio.timeout(10).with(async () => { print("in body"); });
  print("after timeout block");
  await new asyncio.TaskGroup().with(async (tg) => { print("in tg body"); });
  print("after tg block");
  await asyncio.sleep(0);
  print("end");
}
await asyncio.run(main());
