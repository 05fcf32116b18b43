const B = (x) => (x ? "True" : "False");
async function main() {
  const lock = new asyncio.Lock();
  await lock.acquire();
  const nw = () => (lock._waiters ? lock._waiters.length : 0);
  try {
    await asyncio.wait_for(lock.acquire(), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("acquire timed out; locked", B(lock.locked()));
  }
  const order = [];
  async function user(n, limit) {
    try {
      await asyncio.wait_for(lock.acquire(), limit);
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      print("user", n, "gave up");
      return;
    }
    try {
      order.push(n);
      print("user", n, "has lock");
      await asyncio.sleep(0.05);
    } finally {
      lock.release();
    }
  }
  const ts = [1.0, 0.1, 1.0, 0.15].map((lim, i) => asyncio.create_task(user(i, lim)));
  await asyncio.sleep(0.2);
  print("releasing");
  lock.release();
  await asyncio.gather(...ts);
  print("order", "[" + order.join(", ") + "]", "locked", B(lock.locked()));
  await lock.acquire();
  const holder = asyncio.coroutine(async function () { await asyncio.sleep(0.05); lock.release(); });
  const h = asyncio.create_task(holder());
  try {
    await asyncio.timeout(0.05).with(async () => {
      await lock.with(async () => { print("got lock inside timeout"); });
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timeout cm expired; locked", B(lock.locked()));
  }
  await h;
  print("final locked", B(lock.locked()));
}
await asyncio.run(main());
