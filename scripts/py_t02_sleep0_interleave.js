const w = asyncio.coroutine(async function w(name, n) {
  for (let i = 0; i < n; i++) {
    print(name, i);
    await asyncio.sleep(0);
  }
  print(name, "done");
});
const main = asyncio.coroutine(async function main() {
  const ts = [["a", 3], ["b", 1], ["c", 2]].map(([n, k]) => asyncio.create_task(w(n, k)));
  print("main before");
  await asyncio.sleep(0);
  print("main after 1");
  await asyncio.sleep(0);
  print("main after 2");
  await asyncio.gather(...ts);
  print("main end");
});
await asyncio.run(main());
