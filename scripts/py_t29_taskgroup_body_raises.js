class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
async function child(n) {
  try {
    await asyncio.sleep(1);
    print("child", n, "done");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("child", n, "cancelled");
    throw e;
  }
}
const child3 = asyncio.coroutine(child);
async function main() {
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(child(1));
      tg.create_task(child(2));
      await asyncio.sleep(0.1);
      throw new KeyError("body");
    });
  } catch (eg) {
    if (eg instanceof AggregateError) print("caught", eg.errors.length, eg.errors[0].name); else throw eg;
  }
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(child3(3));
      throw new KeyError("immediate");
    });
  } catch (eg) {
    if (eg instanceof AggregateError) print("caught immediate", eg.errors.length); else throw eg;
  }
}
await asyncio.run(main());
