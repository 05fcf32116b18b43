const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
async function inner() {
  await asyncio.sleep(0.1);
  return "inner value";
}
async function outer(i) {
  try {
    const v = await i;
    print("outer got", v);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("outer cancelled; inner done", B(i.done()), "cancelled", B(i.cancelled()), R(e.message));
    throw e;
  }
}
async function main() {
  const i = asyncio.create_task(inner());
  const o = asyncio.create_task(outer(i));
  i.add_done_callback((f) => print("inner done cb: cancel outer ->", B(o.cancel("race"))));
  try {
    await o;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main", R(e.message), i.result()); else throw e;
  }
}
await asyncio.run(main());
