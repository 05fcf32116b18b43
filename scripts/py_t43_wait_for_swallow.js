async function stubborn() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    print("stubborn swallowed");
    await asyncio.sleep(0.2);
    return "stubborn result";
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  try {
    const r = await asyncio.wait_for(stubborn(), 0.5);
    print("wait_for returned", r, (loop.time() - t0).toFixed(1));
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("TimeoutError", (loop.time() - t0).toFixed(1)); else throw e;
  }
}
await asyncio.run(main());
