async function w(n, d) {
  await asyncio.sleep(d);
  print("w done", n);
  return n;
}
async function main() {
  const a = asyncio.create_task(w(1, 1));
  const b = asyncio.create_task(w(2, 0.5));
  const g = asyncio.gather(a, b);
  await asyncio.sleep(0.1);
  a.cancel();
  try {
    await g;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("gather raised CancelledError; g.cancelled", g.cancelled(), "b.done", b.done()); else throw e;
  }
  await asyncio.sleep(1);
  const c = asyncio.create_task(w(3, 1));
  const d = asyncio.create_task(w(4, 0.5));
  const g2 = asyncio.gather(c, d, { return_exceptions: true });
  await asyncio.sleep(0.1);
  c.cancel();
  const r = await g2;
  print("[" + r.map((x) => typeof x === "number" ? "'int'" : `'${x.name}'`).join(", ") + "]");
}
await asyncio.run(main());
