const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
async function bg() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("bg cancelled", R(e.message));
    throw e;
  }
}
async function main() {
  asyncio.create_task(bg());
  await asyncio.sleep(0);
  const me = asyncio.current_task();
  print("cancel self ->", B(me.cancel("bye")));
  try {
    await asyncio.sleep(1);
  } finally {
    print("main finally, cancelling", me.cancelling());
  }
  print("not reached");
}
try {
  await asyncio.run(main());
} catch (e) {
  if (e instanceof asyncio.CancelledError) print("run raised CancelledError", R(e.message)); else throw e;
}
print("after run");
