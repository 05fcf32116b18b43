class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class IndexError extends Error { constructor(m) { super(m); this.name = "IndexError"; } }
async function bad(d, exc) {
  await asyncio.sleep(d);
  throw exc;
}
const strOf = (e) => e.message;
async function main() {
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(bad(0.3, new KeyError("third")));
      tg.create_task(bad(0.1, new ValueError("first")));
      tg.create_task(bad(0.1, new TypeError("first-b")));
      tg.create_task(bad(0.2, new IndexError("never")));
    });
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    print("types", "[" + eg.errors.map((e) => `'${e.name}'`).join(", ") + "]");
    print("msgs", "[" + eg.errors.map((e) => `'${e.message}'`).join(", ") + "]");
    print("group message:", eg.message);
  }
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(bad(0.1, new ValueError("child")));
      try {
        await asyncio.sleep(1);
      } catch (e) {
        if (e instanceof asyncio.CancelledError) throw new IndexError("body replaced cancel");
        throw e;
      }
    });
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    print("with body error", "[" + eg.errors.map((e) => `'${e.name}:${strOf(e)}'`).join(", ") + "]");
  }
}
await asyncio.run(main());
