const B = (x) => (x ? "True" : "False");
const L = (a) => "[" + a.map((x) => (typeof x === "string" ? `'${x}'` : String(x))).join(", ") + "]";
async function main() {
  const g = asyncio.gather(asyncio.sleep(0.1, "a"), asyncio.sleep(1, "b"));
  await asyncio.sleep(0.5);
  print("gather cancel ->", B(g.cancel()), "done", B(g.done()));
  try {
    await g;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("g cancelled", B(g.cancelled())); else throw e;
  }
  const t1 = asyncio.create_task(asyncio.sleep(0, "x"));
  const t2 = asyncio.create_task(asyncio.sleep(0, "y"));
  await asyncio.sleep(0);
  await asyncio.sleep(0);
  print("children done", B(t1.done()), B(t2.done()));
  const g2 = asyncio.gather(t1, t2);
  print("gather of done cancel ->", B(g2.cancel()), "done", B(g2.done()));
  print("g2 result", L(await g2));
  const g3 = asyncio.gather();
  print("empty gather done", B(g3.done()), "cancel ->", B(g3.cancel()), L(await g3));
}
await asyncio.run(main());
