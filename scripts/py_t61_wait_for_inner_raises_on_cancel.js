class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
async function grumpy() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) throw new KeyError("raised while cancelled");
    throw e;
  }
}
async function main() {
  try {
    await asyncio.wait_for(grumpy(), 0.5);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("TimeoutError");
    else if (e instanceof KeyError) print("KeyError propagated", "'" + e.message + "'");
    else throw e;
  }
  const t = asyncio.create_task((async () => { await asyncio.sleep(10); })());
  async function caller() { await asyncio.wait_for(t, 5); }
  const c = asyncio.create_task(caller());
  await asyncio.sleep(0.5);
  c.cancel();
  try {
    await c;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("caller cancelled; inner task cancelled:", t.cancelled()); else throw e;
  }
}
await asyncio.run(main());
