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
async function ok() { await asyncio.sleep(0.1); return 9; }
async function bad() { await asyncio.sleep(0.1); throw new ValueError("boom"); }
async function main() {
  const t = asyncio.create_task(ok());
  tryit("pending result", () => t.result());
  tryit("pending exception", () => t.exception());
  tryit("set_result on task", () => t.set_result(1));
  tryit("set_exception on task", () => t.set_exception(new ValueError("z")));
  await t;
  tryit("ok result", () => t.result());
  tryit("ok exception", () => t.exception());
  const b = asyncio.create_task(bad());
  await asyncio.sleep(0.2);
  tryit("bad result", () => b.result());
  tryit("bad exception", () => b.exception().name);
  print(t.done(), b.done(), t.cancelled(), b.cancelled());
}
await asyncio.run(main());
