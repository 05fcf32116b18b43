class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  f.set_result(1);
  for (const [label, fn] of [["set_result twice", () => f.set_result(2)],
                             ["set_exception after result", () => f.set_exception(new KeyError("k"))]]) {
    try {
      fn();
    } catch (e) {
      if (e instanceof asyncio.InvalidStateError) print(label, e.name, `'${e.message}'`); else throw e;
    }
  }
  print("result kept", f.result());
  const g = loop.create_future();
  for (const [label, arg] of [["string", "oops"], ["number", 5], ["None", null]]) {
    try {
      g.set_exception(arg);
      print("set_exception", label, "accepted");
    } catch (e) {
      if (e instanceof TypeError) print("set_exception", label, e.name); else throw e;
    }
  }
  print("g still pending", P(!g.done()));
  g.set_exception(new KeyError("k"));
  try {
    g.set_result(1);
  } catch (e) {
    if (e instanceof asyncio.InvalidStateError) print("set_result after exception", e.name, `'${e.message}'`); else throw e;
  }
  try {
    await g;
  } catch (e) {
    if (e instanceof KeyError) print("await g raises", e.name, `'${e.message}'`); else throw e;
  }
  const h = loop.create_future();
  print("cancel", P(h.cancel()), "again", P(h.cancel()));
  try {
    h.set_result(1);
  } catch (e) {
    if (e instanceof asyncio.InvalidStateError) print("set_result on cancelled", e.name, `'${e.message}'`); else throw e;
  }
  const t = asyncio.create_task(asyncio.sleep(0.01));
  for (const [label, fn] of [["Task.set_result", () => t.set_result(1)],
                             ["Task.set_exception", () => t.set_exception(new KeyError("k"))]]) {
    try {
      fn();
    } catch (e) {
      if (e instanceof asyncio.RuntimeError) print(label, e.name, e.message); else throw e;
    }
  }
  await t;
}
await asyncio.run(main());
