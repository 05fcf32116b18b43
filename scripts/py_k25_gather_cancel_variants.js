const B = (x) => (x ? "True" : "False");
const args = (e) => (e.message ? `('${e.message}',)` : "()");
async function w(n, d, swallow = false) {
  try {
    await asyncio.sleep(d);
    return n;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    if (swallow) { print("w", n, "swallows"); return `sw${n}`; }
    print("w", n, "cancelled");
    throw e;
  }
}
const q = (x) => (typeof x === "string" ? `'${x}'` : x);
const st = (t) => (t.cancelled() ? "'C'" : t.exception() ? `'${t.exception().name}'` : q(t.result()));
const L = (a) => "[" + a.join(", ") + "]";
async function main() {
  let ts = [asyncio.ensure_future(w(1, 1)), asyncio.ensure_future(w(2, 1, true)), asyncio.ensure_future(w(3, 0.05))];
  let g = asyncio.gather(...ts);
  await asyncio.sleep(0.1);
  print("g.cancel ->", B(g.cancel("gmsg")), "again ->", B(g.cancel()));
  try {
    print("gather returned", await g);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("gather raised CancelledError", args(e), "g.cancelled", B(g.cancelled()));
  }
  print(L(ts.map(st)));
  ts = [asyncio.ensure_future(w(4, 1)), asyncio.ensure_future(w(5, 1, true))];
  try {
    await asyncio.timeout(0.1).with(async () => {
      const r = await asyncio.gather(...ts, { return_exceptions: true });
      print("gather returned", L(r.map((x) => (x instanceof Error ? `'${x.name}'` : q(x)))));
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError");
  }
  print(L(ts.map(st)));
  ts = [asyncio.ensure_future(w(6, 1)), asyncio.ensure_future(w(7, 0.3))];
  g = asyncio.gather(...ts);
  await asyncio.sleep(0.1);
  ts[0].cancel();
  try {
    await g;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("gather propagated child cancel; g.cancelled", B(g.cancelled()), "done", B(g.done()));
  }
  await asyncio.sleep(0.3);
  print(L(ts.map(st)));
}
await asyncio.run(main());
