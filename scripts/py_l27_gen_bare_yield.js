const bare = asyncio.coroutine(function* bare() {
  print("bare: before yield");
  yield;
  print("bare: after yield");
  return "bare-done";
});
const bad = asyncio.coroutine(function* bad() {
  yield 42;
});
const other = asyncio.coroutine(async function other() {
  for (let i = 0; i < 3; i++) {
    print("other", i);
    await asyncio.sleep(0);
  }
});
async function main() {
  const t = asyncio.create_task(other());
  print("main awaits bare");
  print(await bare());
  await t;
  const t2 = asyncio.create_task(bad());
  try {
    await t2;
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("RuntimeError:", e.message); else throw e;
  }
}
await asyncio.run(main());
