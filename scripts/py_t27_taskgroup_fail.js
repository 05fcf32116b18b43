class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function child(n, d, fail = false) {
  try {
    await asyncio.sleep(d);
    if (fail) {
      print("child", n, "failing");
      throw new ValueError(`c${n}`);
    }
    print("child", n, "ok");
    return n;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("child", n, "cancelled");
    throw e;
  }
}
async function main() {
  let a, b, c;
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      a = tg.create_task(child(1, 0.5));
      b = tg.create_task(child(2, 0.1, true));
      c = tg.create_task(child(3, 0.2));
      print("body end");
    });
  } catch (eg) {
    if (eg instanceof AggregateError) print("group failed:", "[" + eg.errors.map((e) => `'${e.message}'`).join(", ") + "]"); else throw eg;
  }
  print(a.cancelled(), b.done(), c.cancelled());
  let x, y;
  await new asyncio.TaskGroup().with(async (tg) => {
    x = tg.create_task(child(4, 0.2));
    y = tg.create_task(child(5, 0.1));
  });
  print("results", x.result(), y.result());
}
await asyncio.run(main());
