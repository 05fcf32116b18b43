const g = asyncio.coroutine(function* g(name) {
  print(name, "started");
  yield asyncio.sleep(0);
  print(name, "resumed");
  return name;
});
async function main() {
  const a = g("a");
  const b = g("b");
  print("created both, none started");
  const tb = asyncio.create_task(b);
  print("task for b created, not started yet");
  const ta = asyncio.ensure_future(a);
  print("ensure_future for a");
  await asyncio.sleep(0);
  print("main after sleep0");
  const c = g("c");
  print("await c directly ->", await c);
  print(await tb, await ta);
}
await asyncio.run(main());
