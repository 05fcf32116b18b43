const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
async function co(n, d) {
  await asyncio.sleep(d);
  return n;
}
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  loop.call_later(0.3, (v) => f.set_result(v), "future");
  const t = asyncio.create_task(co("task", 0.2));
  const ef = loop.create_future();
  loop.call_later(0.1, (e) => ef.set_exception(e), new KeyError("k"));
  let r = await asyncio.gather(f, t, co("coro", 0.1), asyncio.sleep(0.05, "sleep"), ef, asyncio.gather(co("inner", 0.15)), { return_exceptions: true });
  P(r.map((x) => x instanceof Error ? x.name : x));
  try {
    await asyncio.gather(co(1, 0.1), asyncio.gather(co(2, 0.2), asyncio.sleep(0.05, new KeyError("not raised"))), ef);
  } catch (e) {
    if (e instanceof KeyError) print("nested gather raised KeyError", `'${e.message}'`); else throw e;
  }
  r = await asyncio.gather(asyncio.gather(), asyncio.gather(co("x", 0)));
  P(r);
}
await asyncio.run(main());
