const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function producer(q) {
  const gaps = [0.06, 0.11, 0.4, 0.07, 0.6];
  for (let i = 0; i < gaps.length; i++) {
    await asyncio.sleep(gaps[i]);
    await q.put(`msg${i}`);
    print(el(), "sent", `msg${i}`);
  }
}

async function consumer(q, idle_timeout, max_idle) {
  let idle = 0;
  const handled = [];
  while (idle < max_idle) {
    let msg;
    try {
      msg = await asyncio.wait_for(q.get(), { timeout: idle_timeout });
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      idle += 1;
      print(el(), "idle", idle);
      continue;
    }
    idle = 0;
    handled.push(msg);
    print(el(), "handled", msg);
  }
  print(el(), "consumer giving up");
  return handled;
}

async function main() {
  const q = new asyncio.Queue();
  const prod = asyncio.create_task(producer(q));
  const handled = await consumer(q, 0.22, 2);
  print(el(), "handled", handled.length, "left in queue", q.qsize());
  await prod;
  print(el(), "left after producer", q.qsize(), q.get_nowait());
}

await asyncio.run(main());
