const T0 = time.time();

async function work(name, delay) {
  await asyncio.sleep(delay);
  return `${name} after ${delay}`;
}

async function main() {
  const aws = [work("a", 3), work("b", 1), work("c", 2)];
  for (const coro of asyncio.as_completed(aws)) {
    const earliest_result = await coro;
    print(earliest_result, (time.time() - T0).toFixed(1));
  }
  try {
    for (const coro of asyncio.as_completed([work("d", 0.5), work("e", 5)], { timeout: 1 })) {
      print(await coro);
    }
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("as_completed timed out", (time.time() - T0).toFixed(1));
  }
}

await asyncio.run(main());
