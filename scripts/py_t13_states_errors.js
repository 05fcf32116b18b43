class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
function tryit(label, fn) {
  try {
    const v = fn();
    print(label, "->", v === undefined || v === null ? "None" : String(v));
  } catch (e) {
    if (e instanceof asyncio.InvalidStateError) print(label, "InvalidStateError", e.message);
    else if (e instanceof asyncio.CancelledError) print(label, "CancelledError");
    else print(label, e.name, e.message);
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  tryit("pending result", () => f.result());
  tryit("pending exception", () => f.exception());
  print("pending", f.done(), f.cancelled());
  f.set_result(3);
  tryit("done result", () => f.result());
  tryit("done exception", () => f.exception());
  tryit("set_result again", () => f.set_result(4));
  tryit("set_exception again", () => f.set_exception(new ValueError("x")));
  tryit("cancel done", () => f.cancel());
  const g = loop.create_future();
  g.set_exception(new ValueError("bad"));
  tryit("exc result", () => g.result());
  tryit("exc exception", () => { const e = g.exception(); return `${e.name}('${e.message}')`; });
  const h = loop.create_future();
  tryit("cancel", () => h.cancel());
  tryit("cancelled result", () => h.result());
  tryit("cancelled exception", () => h.exception());
  tryit("cancelled set_result", () => h.set_result(1));
  print("h", h.done(), h.cancelled());
}
await asyncio.run(main());
