const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  print("cancel ->", B(f.cancel("fmsg")));
  for (const [label, fn] of [["exception", () => f.exception()], ["result", () => f.result()]]) {
    try {
      fn();
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print(label, "raised", R(e.message)); else throw e;
    }
  }
  try {
    await f;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("await raised", R(e.message)); else throw e;
  }
  const g = loop.create_future();
  g.cancel();
  try {
    await g;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("await raised", R(e.message)); else throw e;
  }
  const t = asyncio.create_task(asyncio.sleep(1));
  await asyncio.sleep(0);
  t.cancel("tmsg");
  await asyncio.sleep(0);
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("task await raised", R(e.message)); else throw e;
  }
}
await asyncio.run(main());
