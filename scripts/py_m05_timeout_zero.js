async function main() {
  try {
    await asyncio.timeout(0).with(async () => {
      print("inside");
      await asyncio.sleep(0);
      print("after sleep0");
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("expired"); else throw e;
  }
}
await asyncio.run(main());
