let counter = 0;

async function runner(name, gate, lock, t0, loop) {
  print(`${name} waiting`);
  await gate.wait();
  print(`${name} released at ${(loop.time() - t0).toFixed(1)}`);
  for (let k = 0; k < 3; k++) {
    await lock.with(async () => {
      const v = counter;
      await asyncio.sleep(0.01);
      counter = v + 1;
    });
  }
  return name;
}

async function periodic(t0, loop) {
  try {
    while (true) {
      print(`heartbeat ${(loop.time() - t0).toFixed(1)}`);
      await asyncio.sleep(0.5);
    }
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("heartbeat cancelled");
    throw e;
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const gate = new asyncio.Event();
  const lock = new asyncio.Lock();
  const hb = asyncio.create_task(periodic(t0, loop));
  const tasks = [0, 1, 2].map((i) => asyncio.create_task(runner(`r${i}`, gate, lock, t0, loop)));
  await asyncio.sleep(1.2);
  print("opening the gate");
  gate.set();
  const done = await asyncio.gather(...tasks);
  print(`['${done.join("', '")}']`, counter, (loop.time() - t0).toFixed(2));
  hb.cancel();
  try {
    await hb;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("hb cancelled:", hb.cancelled() ? "True" : "False");
  }
}

asyncio.run(main());
