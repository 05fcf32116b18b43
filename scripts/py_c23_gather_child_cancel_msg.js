const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
const L = (a) => "[" + a.map((x) => (typeof x === "string" ? `'${x}'` : String(x))).join(", ") + "]";
async function w(d, v) {
  await asyncio.sleep(d);
  return v;
}
async function main() {
  const a = asyncio.create_task(w(1, "a"));
  const b = asyncio.create_task(w(0.5, "b"));
  const g = asyncio.gather(a, b, { return_exceptions: true });
  await asyncio.sleep(0.1);
  a.cancel("child-msg");
  const res = await g;
  print(L(res.map((x) => (x instanceof Error ? x.constructor.name : x))));
  print("message", R(res[0].message));
  const c = asyncio.create_task(w(1, "c"));
  const d = asyncio.create_task(w(0.5, "d"));
  const g2 = asyncio.gather(c, d);
  await asyncio.sleep(0.1);
  c.cancel("c-msg");
  try {
    await g2;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("g2 raised", R(e.message), "g2.cancelled", B(g2.cancelled()), "d.done", B(d.done())); else throw e;
  }
  print("d result", await d);
}
await asyncio.run(main());
