async function main() {
  try {
    for (const f of asyncio.as_completed([asyncio.sleep(1), asyncio.sleep(2)], { timeout: 0.5 })) await f;
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("timeout"); else throw e;
  }
}
await asyncio.run(main());
