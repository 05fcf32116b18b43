class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function slow() {
  await asyncio.sleep(1);
  return 1;
}
async function main() {
  const t = asyncio.create_task(slow());
  for (const [label, fn] of [["result", () => t.result()], ["exception", () => t.exception()],
                             ["set_result", () => t.set_result(1)],
                             ["set_exception", () => t.set_exception(new ValueError())]]) {
    try {
      fn();
    } catch (e) {
      if (e instanceof asyncio.InvalidStateError || e instanceof asyncio.RuntimeError) print(label, e.name, e.message); else throw e;
    }
  }
  t.cancel("bye");
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
  }
  for (const [label, fn] of [["result", () => t.result()], ["exception", () => t.exception()]]) {
    try {
      fn();
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("cancelled", label, "CancelledError", e.message ? `('${e.message}',)` : "()"); else throw e;
    }
  }
}
await asyncio.run(main());
