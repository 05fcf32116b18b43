class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function fail(d, msg) { await asyncio.sleep(d); throw new ValueError(msg); }
async function sleeper(n) {
  try {
    await asyncio.sleep(5);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("sleeper", n, "cancelled");
    throw e;
  }
}
const list = (errs) => "[" + errs.map((e) => `'${e.message}'`).join(", ") + "]";
async function main() {
  try {
    await new asyncio.TaskGroup().with(async (outer) => {
      outer.create_task(sleeper("o1"));
      try {
        await new asyncio.TaskGroup().with(async (inner) => {
          inner.create_task(sleeper("i1"));
          inner.create_task(fail(0.1, "inner fail"));
          await asyncio.sleep(1);
          print("not reached");
        });
      } catch (eg) {
        if (!(eg instanceof AggregateError)) throw eg;
        print("inner group:", list(eg.errors));
        throw new asyncio.RuntimeError("re-raised");
      }
    });
  } catch (eg) {
    if (eg instanceof AggregateError) print("outer group:", list(eg.errors)); else throw eg;
  }
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(fail(0.1, "child"));
      try {
        await asyncio.sleep(1);
      } catch (e) {
        if (e instanceof asyncio.CancelledError) print("body sees CancelledError, cancelling =", asyncio.current_task().cancelling());
        throw e;
      }
    });
  } catch (eg) {
    if (eg instanceof AggregateError) print("caught", list(eg.errors), "cancelling =", asyncio.current_task().cancelling()); else throw eg;
  }
}
await asyncio.run(main());
