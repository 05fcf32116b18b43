const B = (x) => (x ? "True" : "False");
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function precious(n) {
  try {
    await asyncio.sleep(0.3);
    print("precious", n, "completed");
    return `p${n}`;
  } finally {
    print("precious", n, "finally");
  }
}
async function child_shields(inner) {
  try {
    return await asyncio.shield(inner);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("child_shields cancelled; inner done", B(inner.done()));
    throw e;
  }
}
async function boom() { await asyncio.sleep(0.1); throw new ValueError("boom"); }
async function main() {
  const inner = asyncio.ensure_future(precious(1));
  let c;
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      c = tg.create_task(child_shields(inner));
      tg.create_task(boom());
    });
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    print("group failed; child cancelled", B(c.cancelled()), "inner done", B(inner.done()));
  }
  print("inner ->", await inner);
  async function timed() {
    const inner2 = asyncio.ensure_future(precious(2));
    try {
      await asyncio.timeout(0.1).with(async () => { await asyncio.shield(inner2); });
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      print("timed: timeout; inner2 still running", B(!inner2.done()));
    }
    return { inner2 };
  }
  let t;
  await new asyncio.TaskGroup().with(async (tg) => { t = tg.create_task(timed()); });
  const inner2 = t.result().inner2;
  print("group done; inner2 done", B(inner2.done()));
  print("inner2 ->", await inner2);
}
await asyncio.run(main());
