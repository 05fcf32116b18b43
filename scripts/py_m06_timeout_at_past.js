async function main() {
  const loop = asyncio.get_running_loop();
  try {
    await asyncio.timeout_at(loop.time() - 1).with(async () => {
      print("inside");
      await asyncio.sleep(0.1);
      print("after sleep");
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("expired"); else throw e;
  }
}
await asyncio.run(main());
