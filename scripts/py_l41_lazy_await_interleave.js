const other = asyncio.coroutine(async function other() {
  for (let i = 0; i < 3; i++) {
    print("other", i);
    await asyncio.sleep(0);
  }
});
const sub = asyncio.coroutine(async function sub() {   // same with function* + yield
  await asyncio.sleep(0);
  return "sub-done";
});
async function main() {
  const t = asyncio.create_task(other());
  print(await sub());
  await t;
}
await asyncio.run(main());
