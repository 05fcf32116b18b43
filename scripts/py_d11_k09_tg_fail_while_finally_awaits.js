class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class KeyError extends Error { constructor(k) { super(`'${k}'`); this.name = "KeyError"; } }
const L = (a) => "[" + a.map((x) => `'${x}'`).join(", ") + "]";
async function cleaner(name, cleanup) {
  try {
    await asyncio.sleep(1);
  } finally {
    print(name, "finally start, cancelling", asyncio.current_task().cancelling());
    await asyncio.sleep(cleanup);
    print(name, "finally end");
  }
}
async function ends_then_cleans(name) {
  try {
    await asyncio.sleep(0.05);
    throw new KeyError(name);
  } finally {
    print(name, "finally before error propagates");
    await asyncio.sleep(0.2);
    print(name, "finally done");
  }
}
async function failer(name, d) {
  await asyncio.sleep(d);
  print(name, "raising");
  throw new ValueError(name);
}
async function main() {
  const loop = asyncio.get_running_loop();
  let t0 = loop.time();
  const el = () => Math.round((loop.time() - t0) * 100) / 100;
  const fmt = (eg) => L(eg.errors.map((e) => e.name + ":" + e.message));
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(ends_then_cleans("A"));
      tg.create_task(failer("B", 0.1));
      tg.create_task(cleaner("C", 0.1));
    });
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    print("group1 at", el(), fmt(eg));
  }
  async function bad_cleanup() {
    try {
      await asyncio.sleep(1);
    } finally {
      await asyncio.sleep(0.05);
      print("bad_cleanup raising from finally");
      throw new asyncio.RuntimeError("cleanup failed");
    }
  }
  t0 = loop.time();
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(bad_cleanup());
      tg.create_task(failer("D", 0.1));
      tg.create_task(failer("E", 0.12));
    });
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    print("group2 at", el(), fmt(eg));
  }
  t0 = loop.time();
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(failer("F", 0.05));
      try {
        await asyncio.sleep(1);
      } finally {
        print("body finally, cancelling", asyncio.current_task().cancelling());
        await asyncio.sleep(0.1);
        print("body finally end at", el());
      }
    });
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    print("group3 at", el(), fmt(eg));
  }
}
await asyncio.run(main());
