async function work(n) {
  await asyncio.sleep(0.05);
  print("work", n, "done");
  return n;
}
async function main() {
  try {
    const g = asyncio.gather(work(1), 5);
    print("gather made");
  } catch (e) {
    if (e instanceof TypeError) print("gather raised TypeError"); else throw e;
  }
  await asyncio.sleep(0.1);
  print("tasks after", asyncio.all_tasks().size);
  try {
    await asyncio.wait([asyncio.create_task(work(2)), 7]);
  } catch (e) {
    if (e instanceof TypeError) print("wait raised TypeError"); else throw e;
  }
  await asyncio.sleep(0.1);
  print("main ends");
}
await asyncio.run(main());
print("after run");
