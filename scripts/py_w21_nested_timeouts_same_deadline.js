const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(1);
  const when = loop.time() + 1;
  let outer = asyncio.timeout_at(when), inner = asyncio.timeout_at(when);
  try {
    await outer.with(async () => {
      try {
        await inner.with(async () => {
          await asyncio.sleep(5);
        });
      } catch (e) {
        if (e instanceof asyncio.TimeoutError) print("inner raised TimeoutError");
        else if (e instanceof asyncio.CancelledError) { print("inner let CancelledError through", asyncio.current_task().cancelling()); throw e; }
        else throw e;
      }
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("outer raised TimeoutError", el()); else throw e;
  }
  P("expired", outer.expired(), inner.expired(), "cancelling", asyncio.current_task().cancelling());
  outer = asyncio.timeout(2);
  inner = asyncio.timeout(0.5);
  try {
    await outer.with(async () => {
      try {
        await inner.with(async () => {
          try {
            await asyncio.sleep(5);
          } catch (e) {
            if (e instanceof asyncio.CancelledError) {
              print("body cancelled", el());
              await asyncio.sleep(2);
              print("slow unwind done (wrong)");
            }
            throw e;
          }
        });
      } catch (e) {
        if (e instanceof asyncio.TimeoutError) print("inner TimeoutError", el());
        else if (e instanceof asyncio.CancelledError) { print("inner passes CancelledError", el()); throw e; }
        else throw e;
      }
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("outer TimeoutError", el()); else throw e;
  }
  P("expired", outer.expired(), inner.expired(), "cancelling", asyncio.current_task().cancelling());
}
await asyncio.run(main());
