const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function service(name, period) {
  let n = 0;
  try {
    while (true) {
      await asyncio.sleep(period);
      n += 1;
      print(el(), name, "tick", n);
    }
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(el(), name, "shutting down");
    await asyncio.sleep(0.06);
    print(el(), name, "flushed");
    throw e;
  }
}

async function shutdown() {
  const tasks = [...asyncio.all_tasks()].filter(t => t !== asyncio.current_task());
  print(el(), `cancelling ${tasks.length} outstanding tasks`);
  for (const t of tasks) t.cancel();
  const results = await asyncio.gather(...tasks, { return_exceptions: true });
  print(el(), "gathered", results.length, "results:", "[" + results.map(r => `'${r.name}'`).sort().join(", ") + "]");
}

async function main() {
  asyncio.create_task(service("db", 0.2), { name: "db" });
  asyncio.create_task(service("cache", 0.33), { name: "cache" });
  asyncio.create_task(service("web", 0.47), { name: "web" });
  await asyncio.sleep(0.7);
  await shutdown();
  print(el(), "main done");
  return "clean";
}

print("run returned", await asyncio.run(main()));
print("after run");
