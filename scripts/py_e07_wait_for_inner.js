class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class KeyError extends Error { constructor(k) { super(`'${k}'`); this.name = "KeyError"; } }
async function raises_early() { await asyncio.sleep(0.1); throw new ValueError("early"); }
async function raises_late() { await asyncio.sleep(2); throw new ValueError("late"); }
async function raises_on_cancel() {
  try { await asyncio.sleep(2); } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("inner got cancel, raising KeyError");
    throw new KeyError("on cancel");
  }
}
async function swallows() {
  try { await asyncio.sleep(2); } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("inner swallowed");
    return "swallowed value";
  }
}
async function slow_cleanup() {
  try { await asyncio.sleep(2); } finally {
    print("cleanup start");
    await asyncio.sleep(0.5);
    print("cleanup end");
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  for (const f of [raises_early, raises_late, raises_on_cancel, swallows, slow_cleanup]) {
    const t0 = loop.time();
    try {
      const r = await asyncio.wait_for(f(), 1);
      print(f.name, "returned", r);
    } catch (e) {
      print(f.name, e.name, `'${e.message}'`.replace("''on cancel''", `"'on cancel'"`), (loop.time() - t0).toFixed(1));
    }
  }
}
await asyncio.run(main());
