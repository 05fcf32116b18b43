// asyncio.as_completed over coroutines: results in completion order, with a timeout at the end
async function work(name, d) {
  await asyncio.sleep(d);
  return `${name}:${d}`;
}

async function main() {
  const loop = asyncio.get_running_loop();
  let t0 = loop.time();
  const coros = [work("a", 0.3), work("b", 0.1), work("c", 0.2)];
  for (const f of asyncio.as_completed(coros)) {
    const r = await f;
    print(r, Math.round((loop.time() - t0) * 100) / 100);
  }
  t0 = loop.time();
  try {
    for (const f of asyncio.as_completed([work("x", 0.05), work("y", 1.0)], { timeout: 0.5 })) {
      print(await f, Math.round((loop.time() - t0) * 100) / 100);
    }
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timed out", Math.round((loop.time() - t0) * 100) / 100);
  }
  await asyncio.sleep(0.01);
  print("tasks left", asyncio.all_tasks().size);
}

await asyncio.run(main());
