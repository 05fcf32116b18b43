const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function every(interval, name, counter) {
  let tick = 0;
  try {
    while (true) {
      await asyncio.sleep(interval);
      tick += 1;
      counter[name] = tick;
      print(el(), `${name} tick ${tick}`);
    }
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), `${name} stopping after ${tick} ticks`);
    throw e;
  } finally {
    print(el(), `${name} finally`);
  }
}

async function main() {
  const counter = {};
  const heartbeat = asyncio.create_task(every(0.2, "heartbeat", counter));
  const metrics = asyncio.create_task(every(0.33, "metrics", counter));
  while ((counter.heartbeat || 0) < 5) await asyncio.sleep(0.06);
  print(el(), "main: enough heartbeats");
  heartbeat.cancel();
  metrics.cancel("shutdown");
  for (const t of [heartbeat, metrics]) {
    try {
      await t;
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print(el(), "main: task cancelled, args", e.message ? `('${e.message}',)` : "()");
    }
  }
  print(el(), "final", counter.heartbeat, counter.metrics);
}

await asyncio.run(main());
