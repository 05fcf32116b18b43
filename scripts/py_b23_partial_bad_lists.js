async function work(n) {
  await asyncio.sleep(0.01 * n);
  print("work", n, "done");
  return n;
}
async function main() {
  for (const [label, make] of [["gather", () => asyncio.gather(work(1), work(2), null)],
                               ["gather return_exceptions", () => asyncio.gather(work(4), 5, {return_exceptions: true})]]) {
    try {
      make();
      print(label, "accepted");
    } catch (e) {
      if (e instanceof TypeError) print(label, "TypeError"); else throw e;
    }
  }
  await asyncio.sleep(0.1);
  print("left", asyncio.all_tasks().size);
}
await asyncio.run(main());
print("run returned");
