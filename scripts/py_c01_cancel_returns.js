const B = (x) => (x ? "True" : "False");
async function w() {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("w caught");
    throw e;
  }
}
async function quick() {
  return 7;
}
async function main() {
  const t = asyncio.create_task(w());
  await asyncio.sleep(0);
  print("cancel pending:", B(t.cancel()));
  print("cancel again:", B(t.cancel()));
  print("cancelling:", t.cancelling(), "done:", B(t.done()));
  await asyncio.sleep(0);
  print("after one step:", B(t.done()), B(t.cancelled()));
  print("cancel cancelled:", B(t.cancel()), t.cancelling());
  const q = asyncio.create_task(quick());
  await q;
  print("cancel finished:", B(q.cancel()), q.cancelling(), B(q.cancelled()), q.result());
  const f = asyncio.get_running_loop().create_future();
  print("future cancel:", B(f.cancel()), B(f.cancel()), B(f.cancelled()));
}
await asyncio.run(main());
