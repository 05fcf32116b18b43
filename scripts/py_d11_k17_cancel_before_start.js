const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
const body = asyncio.coroutine(async function body(name) {
  print(name, "body started");
  try {
    await asyncio.sleep(0.1);
  } finally {
    print(name, "finally");
  }
  return name;
});
async function main() {
  const log = [];
  const showLog = () => "[" + log.map(([a, b]) => `('${a}', ${B(b)})`).join(", ") + "]";
  let t = asyncio.create_task(body("a"), { name: "A" });
  t.add_done_callback((f) => log.push(["cb1", f.cancelled()]));
  print("cancel ->", B(t.cancel("before start")), "done", B(t.done()), "cancelling", t.cancelling());
  t.add_done_callback((f) => log.push(["cb2", f.cancelled()]));
  print("repr", String(t));
  await asyncio.sleep(0);
  print("after one step: done", B(t.done()), "cancelled", B(t.cancelled()), showLog(), String(t));
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("await A:", R(e.message));
  }
  t = asyncio.create_task(body("b"), { name: "B" });
  t.cancel("x");
  print("uncancel ->", t.uncancel(), "cancelling", t.cancelling());
  await asyncio.sleep(0);
  print("B done", B(t.done()), "cancelled", B(t.cancelled()));
  try {
    print("B result", await t);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("await B:", R(e.message));
  }
  const tc = asyncio.create_task(body("c"), { name: "C" });
  async function waiter() {
    try {
      await tc;
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print("waiter saw", R(e.message), "own cancelling", asyncio.current_task().cancelling());
      return "waiter handled";
    }
  }
  const wt = asyncio.create_task(waiter());
  tc.cancel("c-msg");
  print(await wt, "C cancelled", B(tc.cancelled()));
  const td = asyncio.create_task(body("d"), { name: "D" });
  asyncio.get_running_loop().call_soon((m) => td.cancel(m), "by callback");
  try {
    await asyncio.wait_for(td, 1);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("wait_for saw CancelledError", R(e.message), "cancelling", asyncio.current_task().cancelling());
    else if (e instanceof asyncio.TimeoutError) print("wait_for TimeoutError");
    else throw e;
  }
  const t1 = asyncio.create_task(body("e"), { name: "E" });
  const t2 = asyncio.create_task(body("f"), { name: "F" });
  t1.cancel("e-msg");
  const r = await asyncio.gather(t1, t2, { return_exceptions: true });
  print("gather:", r[0].constructor.name, R(r[0].message), r[1]);
}
await asyncio.run(main());
