async function target() {
  await asyncio.sleep(0.1);
  return "T";
}
const awaiter = asyncio.coroutine(async function awaiter(name, t) {
  const r = await t;
  print(name, "resumed with", r);
});
async function main() {
  const t = asyncio.create_task(target());
  t.add_done_callback((f) => print("cb1", f.result()));
  const a1 = asyncio.create_task(awaiter("a1", t));
  await asyncio.sleep(0);
  t.add_done_callback((f) => print("cb2 (after a1 registered)"));
  const a2 = asyncio.create_task(awaiter("a2", t));
  await asyncio.sleep(0);
  t.add_done_callback((f) => print("cb3"));
  print("main awaits");
  const r = await t;
  print("main resumed", r);
  await asyncio.gather(a1, a2);
}
await asyncio.run(main());
