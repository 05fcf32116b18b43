async function leaf(name, d) {
  await asyncio.sleep(d);
  print(name, "woke");
}

async function spawner(name) {
  const inner = asyncio.create_task(leaf(name + ".inner", 1));
  await asyncio.sleep(1);
  print(name, "woke");
  await inner;
}

async function waiter(name) {
  const t = asyncio.create_task(leaf(name + ".slow", 5));
  const [done, pending] = await asyncio.wait([t], { timeout: 1 });
  print(name, "wait returned", done.size, pending.size);
  t.cancel();
}

async function at_deadline(name) {
  const loop = asyncio.get_running_loop();
  try {
    await asyncio.timeout_at(loop.time() + 1).with(async () => {
      await asyncio.sleep(5);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(name, "timeout_at expired");
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const a = asyncio.create_task(spawner("A"));
  const g = asyncio.gather(spawner("G1"), leaf("G2", 1));
  const w = asyncio.create_task(waiter("W"));
  const d = asyncio.create_task(at_deadline("D"));
  await asyncio.sleep(1);
  print("main woke");
  await asyncio.gather(a, g, w, d);
  print("main done", (loop.time() - t0).toFixed(1));
}

asyncio.run(main());
