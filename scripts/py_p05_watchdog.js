const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function job(name, seconds) {
  print(el(), name, "started");
  try {
    await asyncio.sleep(seconds);
    print(el(), name, "completed");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), name, "was cancelled by watchdog");
    throw e;
  } finally {
    print(el(), name, "cleanup");
  }
}

async function watchdog(tasks, limit, interval) {
  const started = time.time();
  while (true) {
    await asyncio.sleep(interval);
    const running = tasks.filter(t => !t.done());
    if (running.length === 0) {
      print(el(), "watchdog: nothing left to watch");
      return;
    }
    if (time.time() - started > limit) {
      for (const t of running) {
        print(el(), "watchdog: cancelling", t.get_name());
        t.cancel();
      }
    }
  }
}

async function main() {
  const tasks = [["fast", 0.1], ["medium", 0.3], ["slow", 2.0], ["stuck", 5.0]].map(([n, s]) => asyncio.create_task(job(n, s), { name: n }));
  const dog = asyncio.create_task(watchdog(tasks, 0.45, 0.2), { name: "watchdog" });
  const [done, pending] = await asyncio.wait(tasks);
  for (const t of tasks) {
    const state = t.cancelled() ? "cancelled" : `result=${t.result()}`;
    print(el(), t.get_name(), state);
  }
  await dog;
  print(el(), "pending:", pending.size, "watchdog done:", dog.done() ? "True" : "False");
}

await asyncio.run(main());
