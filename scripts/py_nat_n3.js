async function fetch(sem, i, t0, loop) {
  return await sem.with(async () => {
    print(`start ${i} at ${(loop.time() - t0).toFixed(1)}`);
    await asyncio.sleep(1);
    print(`end ${i} at ${(loop.time() - t0).toFixed(1)}`);
    return i * i;
  });
}

async function ticker(stop, t0, loop) {
  let n = 0;
  while (!stop.is_set()) {
    print(`tick ${n} at ${(loop.time() - t0).toFixed(1)}`);
    n += 1;
    try {
      await asyncio.wait_for(stop.wait(), 0.7);
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
    }
  }
  print("ticker stopped");
}

async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const sem = new asyncio.Semaphore(2);
  const stop = new asyncio.Event();
  const tick = asyncio.create_task(ticker(stop, t0, loop));
  const results = await asyncio.gather(...[0, 1, 2, 3, 4].map((i) => fetch(sem, i, t0, loop)));
  stop.set();
  await tick;
  print(`[${results.join(", ")}]`, (loop.time() - t0).toFixed(1));
}

asyncio.run(main());
