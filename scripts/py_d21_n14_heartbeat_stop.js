async function heartbeat(stop, period, t0, loop) {
  let beats = 0;
  while (!stop.is_set()) {
    try {
      await asyncio.wait_for(stop.wait(), {timeout: period});
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      beats += 1;
      print(`beat ${beats} at ${Math.round((loop.time() - t0) * 100) / 100}`);
    }
  }
  print("heartbeat stopped at", Math.round((loop.time() - t0) * 100) / 100);
  return beats;
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const stop = new asyncio.Event();
  const hb = asyncio.create_task(heartbeat(stop, 0.1, t0, loop));
  await asyncio.sleep(0.35);
  stop.set();
  print("stop set");
  print("beats", await hb);
}
asyncio.run(main());
