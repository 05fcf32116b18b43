async function periodic(name, period, work, t0, loop) {
  let nxt = loop.time();
  let n = 0;
  while (true) {
    n += 1;
    print(`${name} run ${n} at ${(loop.time() - t0).toFixed(1)}`);
    await asyncio.sleep(work);
    nxt += period;
    await asyncio.sleep(Math.max(0, nxt - loop.time()));
  }
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const t = asyncio.create_task(periodic("job", 0.1, 0.03, t0, loop));
  await asyncio.sleep(0.75);
  t.cancel();
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("stopped at", Math.round((loop.time() - t0) * 100) / 100);
  }
}
asyncio.run(main());
