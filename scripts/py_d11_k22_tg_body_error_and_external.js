const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class KeyError extends Error { constructor(k) { super(`'${k}'`); this.name = "KeyError"; } }
class IndexError extends Error { constructor(m) { super(m); this.name = "IndexError"; } }
async function child(name, d, fail = false) {
  try {
    await asyncio.sleep(d);
    if (fail) {
      print(name, "fails");
      throw new ValueError(name);
    }
    print(name, "done");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled");
    throw e;
  }
}
const names = (eg) => eg.errors.map((e) => `${e.name}:${e.message}`).join(" | ");
async function main() {
  const cur = asyncio.current_task();
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(child("a", 0.5));
      tg.create_task(child("b", 0.05, true));
      await asyncio.sleep(0.01);
      throw new KeyError("body");
    });
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    print("1", names(eg), "cancelling", cur.cancelling());
  }
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(child("c", 0.05, true));
      try {
        await asyncio.sleep(1);
      } finally {
        throw new IndexError("body finally");
      }
    });
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    print("2", names(eg), "cancelling", cur.cancelling());
  }
  async function runner() {
    try {
      await new asyncio.TaskGroup().with(async (tg) => {
        tg.create_task(child("d", 0.1, true));
        tg.create_task(child("e", 1));
        await asyncio.sleep(1);
      });
    } catch (e) {
      if (e instanceof AggregateError) {
        print("3 runner ExceptionGroup", names(e), "cancelling", asyncio.current_task().cancelling());
        return "eg";
      }
      if (e instanceof asyncio.CancelledError) print("3 runner CancelledError, cancelling", asyncio.current_task().cancelling());
      throw e;
    }
  }
  let t = asyncio.create_task(runner());
  await asyncio.sleep(0.1);
  t.cancel("ext");
  try {
    print("3 result", await t, B(t.cancelled()));
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("3 cancelled", R(e.message));
  }
  async function slow_child() {
    try {
      await asyncio.sleep(1);
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      await asyncio.sleep(0.1);
      print("slow_child unwound");
      throw e;
    }
  }
  async function runner4() {
    try {
      await new asyncio.TaskGroup().with(async (tg) => {
        tg.create_task(slow_child());
        tg.create_task(child("f", 0.05, true));
      });
    } catch (e) {
      if (e instanceof AggregateError) {
        print("4 runner ExceptionGroup", names(e), "cancelling", asyncio.current_task().cancelling());
        return "eg4";
      }
      if (e instanceof asyncio.CancelledError) print("4 runner CancelledError, cancelling", asyncio.current_task().cancelling());
      throw e;
    }
  }
  t = asyncio.create_task(runner4());
  await asyncio.sleep(0.1);
  t.cancel("ext4");
  try {
    print("4 result", await t, B(t.cancelled()));
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("4 cancelled", R(e.message));
  }
}
await asyncio.run(main());
