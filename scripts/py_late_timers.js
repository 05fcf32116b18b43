async function sleeper(name, d) {
  await asyncio.sleep(d);
  print(name, "woke");
}

async function parent(name) {
  asyncio.create_task(sleeper(name + ".child", 1));
  await asyncio.sleep(1);
  print(name, "woke");
}

async function timed(name) {
  try {
    await asyncio.timeout(1).with(async () => {
      await asyncio.sleep(5);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(name, "timed out");
  }
}

async function waited(name) {
  try {
    await asyncio.wait_for(asyncio.sleep(5), 1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(name, "wait_for timed out");
  }
}

async function yielder(name) {
  for (let i = 0; i < 3; i++) {
    await asyncio.sleep(0);
    print(name, "step", i);
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const ts = [asyncio.create_task(sleeper("a", 1)), asyncio.create_task(parent("p"))];
  ts.push(asyncio.create_task(timed("t")));
  ts.push(asyncio.create_task(waited("w")));
  await asyncio.sleep(1);
  print("main woke", (loop.time() - t0).toFixed(1));
  await asyncio.gather(...ts);
  print("round 2");
  const g = asyncio.gather(sleeper("g1", 1), sleeper("g2", 1));
  await asyncio.sleep(1);
  print("main woke again");
  await g;
  print("round 3");
  const y = asyncio.create_task(yielder("y"));
  for (let i = 0; i < 3; i++) {
    print("main step", i);
    await asyncio.sleep(0);
  }
  await y;
  print("round 4");
  const s = asyncio.create_task(asyncio.sleep(1, "direct sleep"));
  s.add_done_callback((t) => print(t.result()));
  await asyncio.sleep(1);
  print("main after direct");
  await s;
  print("round 5: cancel before the restart");
  const c = asyncio.create_task(sleeper("c", 1));
  c.cancel();
  try {
    await c;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("c cancelled", c.cancelled() ? "True" : "False");
  }
  const z = asyncio.create_task(yielder("z"));
  z.cancel("stop");
  try {
    await z;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("z cancelled", e.message, z.cancelled() ? "True" : "False");
  }
  print("done", (loop.time() - t0).toFixed(1));
}

asyncio.run(main());
