const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

async function periodic(name, interval, stop, work) {
  let runs = 0;
  while (!stop.is_set()) {
    runs += 1;
    await work(name, runs);
    try {
      await asyncio.wait_for(stop.wait(), { timeout: interval });
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
    }
  }
  print(el(), name, "stopped after", runs, "runs");
  return runs;
}

async function collect(name, n) {
  print(el(), name, "collect", n);
  await asyncio.sleep(0.01);
}

async function flush(name, n) {
  if (n === 2) {
    await asyncio.sleep(0.23);
    print(el(), name, "slow flush", n);
  } else {
    print(el(), name, "flush", n);
  }
}

async function main() {
  const stop = new asyncio.Event();
  const a = asyncio.create_task(periodic("metrics", 0.2, stop, collect));
  const b = asyncio.create_task(periodic("flusher", 0.3, stop, flush));
  await asyncio.sleep(0.97);
  print(el(), "stopping");
  stop.set();
  print(el(), "results", await a, await b);
}

await asyncio.run(main());
