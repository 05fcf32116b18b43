async function eternity() {
  // Sleep for one hour
  await asyncio.sleep(3600);
  print('yay!');
}

async function main() {
  // Wait for at most 1 second
  try {
    await asyncio.wait_for(eternity(), { timeout: 1.0 });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print('timeout!');
  }
}

await asyncio.run(main());
