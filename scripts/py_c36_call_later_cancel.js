const B = (x) => (x ? "True" : "False");
// Python passes the bound method t.cancel; JS methods are unbound, so bind (an unbound t.cancel fails: "cancel: this must be an asyncio.Task, got undefined")
const R = (s) => "'" + s + "'";
let start;
async function w() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      const loop = asyncio.get_running_loop();
      print("w cancelled", R(e.message), "at", (loop.time() - start).toFixed(1));
    }
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  start = loop.time();
  const t = asyncio.create_task(w());
  const h = loop.call_later(0.3, t.cancel.bind(t), "timer");
  const h2 = loop.call_later(0.2, t.cancel.bind(t), "cancelled-handle");
  h2.cancel();
  loop.call_soon(print, "soon before cancel fires");
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main", R(e.message), B(h.cancelled()), B(h2.cancelled())); else throw e;
  }
}
await asyncio.run(main());
