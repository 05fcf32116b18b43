// Lock hand-off: a waiter woken by release() and cancelled before it runs passes the lock on; a newcomer
// arriving right after release() does not barge ahead of the queue; cancelling the holder inside
// `async with` releases the lock.
const py = (v) => (v === true ? "True" : v === false ? "False" : v === undefined || v === null ? "None" : String(v));

async function main() {
  const lock = new asyncio.Lock();
  const log = [];

  async function w(name, hold = 0) {
    try {
      await lock.with(async () => {
        log.push(name + " in");
        await asyncio.sleep(hold);
        log.push(name + " out");
      });
    } catch (e) {
      if (e instanceof asyncio.CancelledError) {
        log.push(name + " cancelled, locked=" + py(lock.locked()));
      }
      throw e;
    }
  }

  await lock.acquire();
  const ta = asyncio.create_task(w("A"));
  const tb = asyncio.create_task(w("B", 1));
  const tc = asyncio.create_task(w("C"));
  await asyncio.sleep(0);
  lock.release();
  const td = asyncio.create_task(w("D"));
  ta.cancel();
  await asyncio.sleep(0.5);
  log.push("holder B cancelled: " + py(tb.cancel()));
  const res = await asyncio.gather(ta, tb, tc, td, { return_exceptions: true });
  print(log.join("\n"));
  print(res.map((r) => (r === undefined ? "NoneType" : r.constructor.name)).join(", "));
  print("locked at end:", py(lock.locked()));
}

await asyncio.run(main());
