const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
class MyCancel extends asyncio.CancelledError {}
async function w() {
  await asyncio.sleep(0);
  throw new MyCancel("custom");
}
async function main() {
  const t = asyncio.create_task(w());
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("first retrieval", e.constructor.name, R(e.message)); else throw e;
  }
  print("cancelled", B(t.cancelled()), "cancelling", t.cancelling());
  try {
    t.result();
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("second retrieval", e.constructor.name, R(e.message)); else throw e;
  }
  const u = asyncio.create_task(w());
  await asyncio.sleep(0);
  await asyncio.sleep(0);
  try {
    u.exception();
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("exception() raised", e.constructor.name, B(e instanceof MyCancel)); else throw e;
  }
}
await asyncio.run(main());
