class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function fail() {
  await asyncio.sleep(0.1);
  throw new ValueError("boom");
}
async function swallower() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) { print("swallower swallows"); return "swallowed"; }
    throw e;
  }
}
async function quick() {
  await asyncio.sleep(0.05);
  return "quick";
}
async function main() {
  let q, s, f;
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      q = tg.create_task(quick(), { name: "q" });
      s = tg.create_task(swallower(), { name: "s" });
      f = tg.create_task(fail(), { name: "f" });
      print("names", q.get_name(), s.get_name(), f.get_name());
    });
  } catch (eg) {
    if (eg instanceof AggregateError) print("group:", "[" + eg.errors.map((e) => `'${e.message}'`).join(", ") + "]"); else throw eg;
  }
  print("q", q.result(), "s", P(s.cancelled()), s.result(), "f", P(f.done()), f.exception().name);
}
await asyncio.run(main());
