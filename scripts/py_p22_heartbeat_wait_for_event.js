const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function heartbeat(stop, interval) {
  let beats = 0;
  while (true) {
    try {
      await asyncio.wait_for(stop.wait(), { timeout: interval });
      print(el(), "heartbeat: stop requested");
      break;
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      beats += 1;
      print(el(), "heartbeat", beats);
    }
  }
  return beats;
}

async function job(stop) {
  try {
    for (let i = 0; i < 3; i++) {
      await asyncio.sleep(0.23);
      print(el(), "job step", i);
    }
  } finally {
    stop.set();
    print(el(), "job set stop");
  }
}

async function main() {
  const stop = new asyncio.Event();
  const hb = asyncio.create_task(heartbeat(stop, 0.2));
  await job(stop);
  const beats = await hb;
  print(el(), "total beats", beats);
  stop.clear();
  try {
    await asyncio.wait_for(stop.wait(), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), "cleared event times out; set =", stop.is_set() ? "True" : "False");
  }
}

await asyncio.run(main());
