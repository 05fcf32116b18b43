async function inner() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("inner cancelled");
    throw e;
  } finally {
    print("inner finally");
  }
}
async function outer(t) {
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("outer cancelled");
    throw e;
  }
}
async function main() {
  const i = asyncio.create_task(inner());
  const o = asyncio.create_task(outer(i));
  await asyncio.sleep(0.1);
  o.cancel();
  print("i.done", i.done(), "o.done", o.done());
  await asyncio.sleep(0);
  print("step1 i.done", i.done(), "o.done", o.done());
  await asyncio.sleep(0);
  print("step2 i.done", i.done(), "o.done", o.done());
  await asyncio.sleep(0);
  print("step3 i.done", i.done(), "o.done", o.done());
  print(i.cancelled(), o.cancelled());
}
await asyncio.run(main());
