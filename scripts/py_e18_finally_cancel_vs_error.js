const B = (x) => (x ? "True" : "False");
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function err_then_cancelled_in_finally() {
  try {
    await asyncio.sleep(0.1);
    throw new ValueError("original");
  } finally {
    print("finally: awaiting cleanup");
    await asyncio.sleep(1);
    print("finally: never");
  }
}
async function cancel_then_error_in_except() {
  try { await asyncio.sleep(1); } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("except: got", e.name, `'${e.message}'`);
    const r = new asyncio.RuntimeError("converted"); r.cause = e; throw r;
  }
}
async function error_swallowed_by_finally_return() {
  try {
    await asyncio.sleep(0.1);
    throw new ValueError("lost");
  } finally {
    return "finally wins";
  }
}
async function main() {
  let t = asyncio.create_task(err_then_cancelled_in_finally());
  await asyncio.sleep(0.3);
  t.cancel("stop");
  try { await t; } catch (e) {
    // JS has no __context__; the Python side prints ValueError for it
    print("1", e.name, `'${e.message}'`, B(t.cancelled()), "ValueError");
  }
  t = asyncio.create_task(cancel_then_error_in_except());
  await asyncio.sleep(0.1);
  t.cancel("msg2");
  try { await t; } catch (e) { print("2", e.name, `'${e.message}'`, B(t.cancelled()), e.cause.name); }
  print("3", await asyncio.create_task(error_swallowed_by_finally_return()));
}
await asyncio.run(main());
