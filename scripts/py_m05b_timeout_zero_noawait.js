async function main() {
  try {
    await asyncio.timeout(0).with(async () => {
      print("inside");
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("expired"); else throw e;
  }
  await asyncio.sleep(0);
  print("after");
  await asyncio.sleep(0.1);
  print("end");
}
await asyncio.run(main());
