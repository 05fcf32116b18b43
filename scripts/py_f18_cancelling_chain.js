const R = (s) => `'${s}'`;
async function leaf() {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("leaf cancelled", R(e.message), "leaf cancelling", asyncio.current_task().cancelling());
    throw e;
  }
}
async function mid(leafTask) {
  try {
    await leafTask;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("mid cancelled", R(e.message), "mid cancelling", asyncio.current_task().cancelling());
    throw e;
  }
}
async function main() {
  const lt = asyncio.create_task(leaf());
  const mt = asyncio.create_task(mid(lt));
  await asyncio.sleep(0);
  print("cancel mid ->", mt.cancel("from main"));
  print("cancelling: mid", mt.cancelling(), "leaf", lt.cancelling());
  const res = await asyncio.gather(mt, lt, { return_exceptions: true });
  print("[" + res.map((r) => `'${r.name}'`).join(", ") + "]", "[" + res.map((r) => `'${r.message}'`).join(", ") + "]");
  print("after: mid cancelling", mt.cancelling(), "leaf", lt.cancelling(), "cancelled", mt.cancelled(), lt.cancelled());
  print("cancel done ->", mt.cancel(), "cancelling still", mt.cancelling());
  print("uncancel done ->", mt.uncancel(), mt.uncancel(), mt.uncancel());
}
await asyncio.run(main());
