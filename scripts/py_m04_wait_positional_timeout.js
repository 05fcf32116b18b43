// exit: 1
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const t = asyncio.create_task(asyncio.sleep(5));
  const [done, pending] = await asyncio.wait([t], 0.5);
  print(done.size, pending.size, (loop.time() - t0).toFixed(1));
  t.cancel();
}
await asyncio.run(main());
