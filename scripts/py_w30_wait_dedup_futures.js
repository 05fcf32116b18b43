const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(1);
  const t = asyncio.create_task(asyncio.sleep(0.2, "t"));
  const f = loop.create_future();
  loop.call_later(0.1, (v) => f.set_result(v), "f");
  let [done, pending] = await asyncio.wait([t, t, f, f]);
  P(done.size, pending.size, [...done].map((x) => x.result()).sort(), el());
  const g = loop.create_future();
  const h = loop.create_future();
  loop.call_later(0.5, (v) => g.set_result(v), "g");
  [done, pending] = await asyncio.wait([g, h], { timeout: 0.5, return_when: asyncio.FIRST_COMPLETED });
  P("same-time timeout:", done.size, pending.size, el());
  [done, pending] = await asyncio.wait(new Set([h]), { timeout: 0.1 });
  P("future never set:", done.size, pending.size, h.done(), el());
  loop.call_soon((e) => h.set_exception(e), new KeyError("hk"));
  [done, pending] = await asyncio.wait([h], { return_when: asyncio.FIRST_EXCEPTION });
  P("exception future:", done.size, rp(h.exception()), el());
}
await asyncio.run(main());
