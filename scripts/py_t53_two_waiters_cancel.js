async function target() {
  try {
    await asyncio.sleep(5);
    return "t";
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("target cancelled");
    throw e;
  }
}
async function waiter(name, t) {
  try {
    print(name, "got", await t);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled"); else throw e;
  }
}
async function main() {
  const t = asyncio.create_task(target());
  const a = asyncio.create_task(waiter("a", t));
  const b = asyncio.create_task(waiter("b", t));
  await asyncio.sleep(0.1);
  a.cancel();
  await asyncio.gather(a, b);
  print(t.cancelled());
}
await asyncio.run(main());
