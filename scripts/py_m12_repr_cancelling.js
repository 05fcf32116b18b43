async function ok() { await asyncio.sleep(1); }
async function main() {
  const c = asyncio.create_task(ok(), { name: "c" });
  await asyncio.sleep(0);
  print(c);
  c.cancel();
  print(c);
  const b = asyncio.create_task(asyncio.coroutine(ok)(), { name: "b" });
  b.cancel();
  print(b);
  await asyncio.sleep(0);
}
await asyncio.run(main());
