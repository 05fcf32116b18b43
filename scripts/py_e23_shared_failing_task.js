class ConnectionError extends Error { constructor(m) { super(m); this.name = "ConnectionError"; } }
async function source() { await asyncio.sleep(0.2); throw new ConnectionError("source down"); }
async function consumer(name, t, delay) {
  await asyncio.sleep(delay);
  try { return await t; } catch (e) {
    if (e instanceof ConnectionError) print(name, "sees", e.name, e.message);
    throw e;
  }
}
async function main() {
  const src = asyncio.create_task(source());
  const cs = [0, 0.1, 0.3].map((d, i) => asyncio.create_task(consumer(`c${i}`, src, d)));
  const results = await asyncio.gather(...cs, { return_exceptions: true });
  print("[" + results.map((r) => `'${r.name}'`).join(", ") + "]", results.every((r) => r === src.exception()) ? "True" : "False");
  const src2 = asyncio.create_task(source());
  const c = asyncio.create_task(consumer("d", src2, 0));
  await asyncio.sleep(0.1);
  c.cancel();
  await asyncio.gather(c, { return_exceptions: true });
  print("src2 cancelled", src2.cancelled() ? "True" : "False");
}
await asyncio.run(main());
