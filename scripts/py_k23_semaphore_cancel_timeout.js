async function main() {
  const sem = new asyncio.Semaphore(2);
  const log = [];
  async function user(n, hold, limit) {
    try {
      await asyncio.timeout(limit).with(async () => {
        await sem.with(async () => {
          log.push(`in${n}`);
          await asyncio.sleep(hold);
          log.push(`out${n}`);
        });
      });
    } catch (e) {
      if (e instanceof asyncio.TimeoutError) log.push(`timeout${n}`);
      else { if (e instanceof asyncio.CancelledError) log.push(`cancel${n}`); throw e; }
    }
  }
  const ts = [[0.3, 1], [0.3, 0.2], [0.1, 0.25], [0.1, 1], [0.1, 1]].map(([h, l], i) => asyncio.create_task(user(i, h, l)));
  await asyncio.sleep(0.1);
  ts[4].cancel();
  await asyncio.gather(...ts, { return_exceptions: true });
  print("[" + log.map((x) => `'${x}'`).join(", ") + "]");
  print("sem locked", sem.locked() ? "True" : "False");
  await sem.acquire(); await sem.acquire();
  asyncio.get_running_loop().call_later(0.1, () => sem.release());
  try {
    await asyncio.wait_for(sem.acquire(), 0.1);
    print("acquired at the deadline");
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timed out at the deadline");
  }
  print("locked", sem.locked() ? "True" : "False");
}
await asyncio.run(main());
