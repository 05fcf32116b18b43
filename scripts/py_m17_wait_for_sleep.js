async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  try {
    await asyncio.wait_for(asyncio.sleep(100), 1);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("timeout after", (loop.time() - t0).toFixed(1)); else throw e;
  }
}
await asyncio.run(main());
