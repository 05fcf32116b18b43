async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const a = asyncio.create_task(asyncio.sleep(0.1));
  const b = asyncio.create_task(asyncio.sleep(0.3));
  await a;
  const [done, pending] = await asyncio.wait([a, b]);
  print(done.size, pending.size, (loop.time() - t0).toFixed(1));
}
await asyncio.run(main());
