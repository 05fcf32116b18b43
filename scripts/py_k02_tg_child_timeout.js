const B = (x) => (x ? "True" : "False");
async function guarded(n, d, limit) {
  const cm = asyncio.timeout(limit);
  try {
    await cm.with(async () => { await asyncio.sleep(d); });
    print("guarded", n, "finished in time");
    return `ok${n}`;
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    const t = asyncio.current_task();
    print("guarded", n, "timed out; expired", B(cm.expired()), "cancelling", t.cancelling());
    return `late${n}`;
  }
}
async function unguarded(d, limit) {
  await asyncio.timeout(limit).with(async () => { await asyncio.sleep(d); });
}
async function sib() {
  try { await asyncio.sleep(5); } finally { print("sib finally"); }
}
async function main() {
  let a, b, c, s;
  await new asyncio.TaskGroup().with(async (tg) => {
    a = tg.create_task(guarded(1, 0.1, 0.5));
    b = tg.create_task(guarded(2, 1.0, 0.2));
    c = tg.create_task(guarded(3, 0.3, 0.3));
  });
  print("results", a.result(), b.result(), c.result());
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(unguarded(1.0, 0.2));
      s = tg.create_task(sib());
    });
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    print("group caught", "[" + eg.errors.map((e) => `'${e.name}'`).join(", ") + "]", "sib cancelled", B(s.cancelled()));
  }
  print("main cancelling", asyncio.current_task().cancelling());
}
await asyncio.run(main());
