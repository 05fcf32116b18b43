class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
function* gen_child(n, d, fail = false) {
  print("child", n, "start");
  try {
    yield asyncio.sleep(d);
    if (fail) throw new ValueError(`child ${n} failed`);
    print("child", n, "ok");
    return n;
  } finally {
    print("child", n, "finally");
  }
}
async function main() {
  let ts;
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      ts = [tg.create_task(gen_child(1, 0.1)),
            tg.create_task(gen_child(2, 0.2, true)),
            tg.create_task(gen_child(3, 0.5))];
      print("body done");
    });
  } catch (eg) {
    if (eg instanceof AggregateError) print("group", "[" + eg.errors.map((e) => `'${e.message}'`).join(", ") + "]"); else throw eg;
  }
  print("states", "[" + ts.map((t) => (t.cancelled() ? "'cancelled'" : "'done'")).join(", ") + "]");
  print("gather", "[" + (await asyncio.gather(gen_child(4, 0), gen_child(5, 0))).join(", ") + "]");
}
await asyncio.run(main());
