const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
async function inner(d, v) {
  await asyncio.sleep(d);
  return v;
}
async function outer(aw) {
  try {
    return await asyncio.shield(aw);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("outer cancelled", R(e.message));
    throw e;
  }
}
async function main() {
  const i = asyncio.create_task(inner(0.5, "kept"));
  const o = asyncio.create_task(outer(i));
  await asyncio.sleep(0.1);
  o.cancel("from main");
  try {
    await o;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main got", R(e.message), "inner cancelling", i.cancelling(), "inner done", B(i.done())); else throw e;
  }
  print("inner result", await i);
  const j = asyncio.create_task(inner(0.5, "lost"));
  const o2 = asyncio.create_task(outer(j));
  await asyncio.sleep(0.1);
  j.cancel("inner msg");
  try {
    await o2;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("o2 ended", R(e.message), B(o2.cancelled()), o2.cancelling()); else throw e;
  }
}
await asyncio.run(main());
