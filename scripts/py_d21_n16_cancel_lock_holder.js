const B = (v) => (v ? "True" : "False");
async function user(lock, name, hold, t0, loop) {
  try {
    await lock.with(async () => {
      print(`${name} acquired at ${(loop.time() - t0).toFixed(1)}`);
      await asyncio.sleep(hold);
      print(`${name} releasing at ${(loop.time() - t0).toFixed(1)}`);
    });
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`${name} cancelled, lock locked=${B(lock.locked())}`);
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const lock = new asyncio.Lock();
  const ts = [["A", 0.5], ["B", 0.2], ["C", 0.1]].map(([n, h]) => asyncio.create_task(user(lock, n, h, t0, loop)));
  await asyncio.sleep(0.16);
  ts[0].cancel();
  await asyncio.sleep(0.05);
  ts[1].cancel();
  const res = await asyncio.gather(...ts, {return_exceptions: true});
  print("[" + res.map((r) => `'${r === undefined ? "NoneType" : r.name}'`).join(", ") + "]", Math.round((loop.time() - t0) * 100) / 100, B(lock.locked()));
}
asyncio.run(main());
