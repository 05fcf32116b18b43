const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
function cb(f) {
  try {
    f.result();
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("cb: result raised", R(e.message), "current None:", B(asyncio.current_task() === null || asyncio.current_task() === undefined)); else throw e;
  }
}
async function w() {
  await asyncio.sleep(10);
}
async function main() {
  const t = asyncio.create_task(w());
  t.add_done_callback(cb);
  await asyncio.sleep(0);
  t.cancel("cbmsg");
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main sees", R(e.message)); else throw e;
  }
  const u = asyncio.create_task(w());
  await asyncio.sleep(0);
  u.cancel("before-cb");
  u.add_done_callback(cb);
  await asyncio.sleep(0);
  await asyncio.sleep(0);
  print("u cancelled", B(u.cancelled()));
}
await asyncio.run(main());
