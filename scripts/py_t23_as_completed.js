async function w(n, d) {
  await asyncio.sleep(d);
  print("w", n, "done");
  return n;
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(1);
  for (const f of asyncio.as_completed([w("a", 0.3), w("b", 0.1), w("c", 0.2), w("d", 0.1)])) {
    const r = await f;
    print("got", r, el());
  }
  const fs = [w("x", 0.1), w("y", 1), w("z", 2)];
  try {
    for (const f of asyncio.as_completed(fs, { timeout: 0.5 })) print("got", await f, el());
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("as_completed timeout", el()); else throw e;
  }
  await asyncio.sleep(3);
  print("end", el());
}
await asyncio.run(main());
