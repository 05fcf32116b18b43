async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  for (const [label, fn] of [["result", () => f.result()], ["exception", () => f.exception()]]) {
    try { fn(); } catch (e) { if (!(e instanceof asyncio.InvalidStateError)) throw e; print(label, e.name, `'${e.message}'`); }
  }
  f.set_result(1);
  for (const [label, fn] of [["set_result", () => f.set_result(2)], ["set_exception", () => f.set_exception(new Error())]]) {
    try { fn(); } catch (e) { if (!(e instanceof asyncio.InvalidStateError)) throw e; print(label, e.name, `'${e.message}'`); }
  }
  print("exception of ok", f.exception() === null ? "None" : f.exception(), "cancel", f.cancel() ? "True" : "False");
  const c = loop.create_future();
  c.cancel("why");
  for (const [label, fn] of [["result", () => c.result()], ["exception", () => c.exception()], ["set_result", () => c.set_result(1)]]) {
    try { fn(); } catch (e) {
      if (!(e instanceof asyncio.CancelledError || e instanceof asyncio.InvalidStateError)) throw e;
      print(label, e.name, `'${e.message}'`);
    }
  }
  print(asyncio.InvalidStateError.prototype instanceof Error ? "True" : "False", "False");
}
await asyncio.run(main());
