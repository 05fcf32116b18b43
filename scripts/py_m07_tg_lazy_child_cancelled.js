const child = asyncio.coroutine(async function child() {
  print("child started");
  try {
    await asyncio.sleep(1);
  } finally {
    print("child finally");
  }
});
async function main() {
  let t;
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      t = tg.create_task(child());
      throw new Error("body");
    });
  } catch (eg) {
    if (eg instanceof AggregateError) print("caught; child cancelled:", t.cancelled()); else throw eg;
  }
}
await asyncio.run(main());
