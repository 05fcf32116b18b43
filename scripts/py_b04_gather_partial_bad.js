const work = asyncio.coroutine(async function work(n) {
  print("work", n, "starts");
  await asyncio.sleep(0.05);
  print("work", n, "done");
  return n;
});
async function main() {
  try {
    const g = asyncio.gather(work(1), 5, work(2));
    print("gather made");
  } catch (e) {
    if (e instanceof TypeError) print("gather raised TypeError"); else throw e;
  }
  print("tasks now", asyncio.all_tasks().size);
  await asyncio.sleep(0.1);
  print("tasks after", asyncio.all_tasks().size);
  print("main ends");
}
await asyncio.run(main());
print("after run");
