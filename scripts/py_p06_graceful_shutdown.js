const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function worker(name, stop, period) {
  let units = 0;
  print(el(), name, "online");
  try {
    while (!stop.is_set()) {
      await asyncio.sleep(period);
      units += 1;
      print(el(), name, "did unit", units);
    }
    print(el(), name, "saw stop, finishing");
    await asyncio.sleep(0.1);
    return units;
  } finally {
    print(el(), name, "offline");
  }
}

async function server(stop) {
  await stop.wait();
  print(el(), "server: closing listeners");
  return "closed";
}

async function main() {
  const stop = new asyncio.Event();
  const tasks = [asyncio.create_task(worker("w1", stop, 0.2)),
                 asyncio.create_task(worker("w2", stop, 0.32)),
                 asyncio.create_task(server(stop))];
  await asyncio.sleep(0.7);
  print(el(), "main: shutdown requested");
  stop.set();
  const results = await asyncio.gather(...tasks);
  print(el(), "results:", results[0], results[1], results[2]);
  print(el(), "event set:", stop.is_set() ? "True" : "False");
}

await asyncio.run(main());
