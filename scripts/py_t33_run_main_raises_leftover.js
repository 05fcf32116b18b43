class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
async function leftover() {
  try { await asyncio.sleep(10); } finally { print("leftover finally"); }
}
async function failing_leftover() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) throw new asyncio.RuntimeError("failed while cancelled");
    throw e;
  }
}
async function main() {
  asyncio.create_task(leftover());
  asyncio.create_task(failing_leftover());
  await asyncio.sleep(0.1);
  throw new KeyError("main failed");
}
try {
  await asyncio.run(main());
} catch (e) {
  if (e instanceof KeyError) print("caught", e.name); else throw e;
}
