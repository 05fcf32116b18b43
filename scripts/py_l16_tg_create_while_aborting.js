class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function fail() {
  await asyncio.sleep(0.1);
  throw new ValueError("child failed");
}
const late = asyncio.coroutine(async function late() { print("late child runs"); });
async function main() {
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(fail());
      try {
        await asyncio.sleep(1);
      } catch (e) {
        if (!(e instanceof asyncio.CancelledError)) throw e;
        print("body cancelled;", String(tg));
        try {
          tg.create_task(late());
        } catch (e2) {
          if (e2 instanceof asyncio.RuntimeError) print("create while aborting:", e2.message); else throw e2;
        }
        throw e;
      }
    });
  } catch (eg) {
    if (eg instanceof AggregateError) print("group raised", "[" + eg.errors.map((e) => `'${e.message}'`).join(", ") + "]"); else throw eg;
  }
}
await asyncio.run(main());
