const B = (x) => (x ? "True" : "False");
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
const a = asyncio.coroutine(async function () { await asyncio.sleep(0.1); print("a raising"); throw new ValueError("a failed"); });
const b = asyncio.coroutine(async function (t) {
  try { await t; } catch (e) {
    if (e instanceof ValueError) { print("b got ValueError", e.message); return "b handled"; }
    if (e instanceof asyncio.CancelledError) print("b got CancelledError", `'${e.message}'`);
    throw e;
  }
});
async function main() {
  const ta = asyncio.create_task(a());
  const tb = asyncio.create_task(b(ta));
  await asyncio.sleep(0.1);
  print("main cancels b; a done?", B(ta.done()));
  print("cancel ->", B(tb.cancel("late")));
  let r = await asyncio.gather(tb, { return_exceptions: true });
  print("b result", r[0] instanceof Error ? r[0].name : "str", B(tb.cancelled()));
  const fut = asyncio.get_running_loop().create_future();
  const tc = asyncio.create_task(b(fut));
  await asyncio.sleep(0);
  fut.add_done_callback(() => print("fut cb; cancel tc ->", B(tc.cancel("from cb"))));
  fut.set_exception(new ValueError("fut failed"));
  r = await asyncio.gather(tc, { return_exceptions: true });
  print("c result", r[0] instanceof Error ? r[0].name : "str", B(tc.cancelled()));
}
await asyncio.run(main());
