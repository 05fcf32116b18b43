async function ticker(name, period, t0, loop) {
  let n = 0;
  try {
    while (true) {
      await asyncio.sleep(period);
      n += 1;
      print(`${name} tick ${n} at ${(loop.time() - t0).toFixed(1)}`);
    }
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print(`${name} cancelled after ${n} ticks`);
    }
    throw e;
  } finally {
    print(`${name} cleanup`);
  }
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const a = asyncio.create_task(ticker("fast", 0.1, t0, loop));
  const b = asyncio.create_task(ticker("slow", 0.25, t0, loop));
  await asyncio.sleep(0.55);
  a.cancel();
  print("cancel sent", a.done() ? "True" : "False");
  await asyncio.sleep(0.22);
  b.cancel();
  for (const t of [a, b]) {
    try {
      await t;
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("awaited cancelled", t.cancelled() ? "True" : "False");
      else throw e;
    }
  }
  print("end", (loop.time() - t0).toFixed(1));
}
asyncio.run(main());
