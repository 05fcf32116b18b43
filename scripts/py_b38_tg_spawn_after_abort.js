class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
const nothing = asyncio.coroutine(async function nothing() { return 0; });
async function fail() {
  await asyncio.sleep(0.01);
  throw new KeyError("boom");
}
async function spawner(tg) {
  try {
    await asyncio.sleep(0.05);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    try {
      tg.create_task(nothing());
    } catch (e2) {
      if (e2 instanceof asyncio.RuntimeError) print("spawn while aborting:", e2.name, e2.message); else throw e2;
    }
    throw e;
  }
}
async function main() {
  const tg = new asyncio.TaskGroup();
  try {
    await tg.with(async () => {
      tg.create_task(spawner(tg));
      tg.create_task(fail());
    });
  } catch (eg) {
    if (eg instanceof AggregateError) print("group failed", "[" + eg.errors.map((e) => `'${e.name}'`).join(", ") + "]"); else throw eg;
  }
  try {
    tg.create_task(nothing());
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("spawn after failed group:", e.name, e.message); else throw e;
  }
}
await asyncio.run(main());
