const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function main() {
  const loop = asyncio.get_running_loop();
  const ok = loop.create_future();
  ok.set_result("ok");
  const bad = loop.create_future();
  bad.set_exception(new ValueError("bad"));
  const cc = loop.create_future();
  cc.cancel();
  for (const tmo of [null, 0, -1, 1]) {
    for (const [name, f] of [["ok", ok], ["bad", bad], ["cc", cc]]) {
      try {
        P(tmo, name, "->", await asyncio.wait_for(f, tmo));
      } catch (e) {
        if (e instanceof ValueError) P(tmo, name, "ValueError", e.message);
        else if (e instanceof asyncio.TimeoutError) P(tmo, name, "TimeoutError");
        else if (e instanceof asyncio.CancelledError) P(tmo, name, "CancelledError", asyncio.current_task().cancelling());
        else throw e;
      }
    }
  }
}
await asyncio.run(main());
