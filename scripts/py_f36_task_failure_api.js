class Boom extends Error { constructor(m) { super(m); this.name = "Boom"; } }
const fails = asyncio.coroutine(async function fails() {
  await asyncio.sleep(0.01);
  throw new Boom("kaput");
});
async function main() {
  const t = asyncio.create_task(fails());
  t.add_done_callback((f) => print("cb1 sees", f.exception().name, f.exception().message));
  const awaiter = asyncio.coroutine(async function awaiter() {
    try {
      await t;
    } catch (e) {
      if (!(e instanceof Boom)) throw e;
      print("awaiter caught", e.message, "same object", e === t.exception());
    }
  });
  const a = asyncio.create_task(awaiter());
  await asyncio.sleep(0);
  t.add_done_callback(() => print("cb2 after awaiter registered"));
  await a;
  print("done", t.done(), "cancelled", t.cancelled());
  const e1 = t.exception();
  try {
    t.result();
  } catch (e2) {
    if (!(e2 instanceof Boom)) throw e2;
    print("result() raises same", e1 === e2);
  }
  print("cancel failed task", t.cancel(), "cancelling", t.cancelling());
}
await asyncio.run(main());
