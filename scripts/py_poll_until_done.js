// Polling with sleep(0) until a sleeping task sets a flag: under --virtual-time the clock moves while the
// loop stays busy this long (runtime.Loop.charge), so the poll ends instead of spinning for ever.
let done = false;

async function setter() {
  await asyncio.sleep(1);
  done = true;
  print("set");
}

async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const t = asyncio.create_task(setter());
  let n = 0;
  while (!done) {
    n += 1;
    await asyncio.sleep(0);
  }
  print("saw done", n > 1000 ? "True" : "False", (loop.time() - t0).toFixed(1));
  await t;
}

asyncio.run(main());
