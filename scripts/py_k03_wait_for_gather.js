const B = (x) => (x ? "True" : "False");
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function w(n, d, fail = false) {
  try {
    await asyncio.sleep(d);
    if (fail) throw new ValueError(`fail${n}`);
    return n;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("w", n, "cancelled");
    throw e;
  } finally {
    print("w", n, "finally");
  }
}
const rep = (e) => `${e.name}('${e.message}')`;
async function main() {
  let kids = [];
  const mk = (...a) => { const t = asyncio.ensure_future(w(...a)); kids.push(t); return t; };
  try {
    const r = await asyncio.wait_for(asyncio.gather(mk(1, 0.1), mk(2, 0.5), mk(3, 0.2, true), { return_exceptions: true }), 0.3);
    print("result", r);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError", e.cause ? e.cause.name : "NoneType");
  }
  print("[" + kids.map((k) => (k.cancelled() ? "'cancelled'" : k.exception() ? `"${rep(k.exception())}"` : k.result())).join(", ") + "]");
  kids = [];
  const r = await asyncio.wait_for(asyncio.gather(mk(4, 0.1), mk(5, 0.2, true), { return_exceptions: true }), 0.3);
  print("result", "[" + r.map((x) => (x instanceof Error ? `"${rep(x)}"` : x)).join(", ") + "]");
  kids = [];
  const g = asyncio.gather(mk(6, 0.1), mk(7, 0.5));
  try {
    await asyncio.wait_for(g, 0.2);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError 2; gather cancelled", B(g.cancelled()), "done", B(g.done()));
  }
  print("[" + kids.map((k) => (k.cancelled() ? "'cancelled'" : k.result())).join(", ") + "]");
}
await asyncio.run(main());
