const B = (x) => (x ? "True" : "False");
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function fail_later(d, msg) {
  await asyncio.sleep(d);
  throw new ValueError(msg);
}
const msgs = (eg) => "[" + eg.errors.map((e) => `'${e.message}'`).join(", ") + "]";
async function main() {
  await asyncio.sleep(0);
  const me = asyncio.current_task();
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(fail_later(0.1, "early"));
      await asyncio.sleep(1);
    });
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    print("A", msgs(eg), "cancelling", me.cancelling());
  }
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(fail_later(0.1, "late"));
    });
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    print("B", msgs(eg), "cancelling", me.cancelling());
  }
  try {
    await asyncio.timeout(0.1).with(async () => { await asyncio.sleep(1); });
    print("C block finished");
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("C TimeoutError; cancelling", me.cancelling());
    else if (e instanceof asyncio.CancelledError) print("C CancelledError escaped the timeout; cancelling", me.cancelling());
    else throw e;
  }
  print("end cancelling", me.cancelling());
}
async function runner() {
  const t = asyncio.create_task(main());
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("main task cancelled");
  }
  print("main done", B(t.done()), "cancelled", B(t.cancelled()));
}
await asyncio.run(runner());
