// Event: wait() returns True; waiters wake in arrival order; clear() before they run does not un-wake
// them; wait() on a set event does not yield; wait_for(ev.wait(), t) times out; a cancelled waiter.
const py = (v) => (v === true ? "True" : v === false ? "False" : v === undefined || v === null ? "None" : String(v));

async function main() {
  const ev = new asyncio.Event();
  const log = [];

  async function waiter(name) {
    try {
      const r = await ev.wait();
      log.push(`${name} woke ${py(r)} is_set=${py(ev.is_set())}`);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) log.push(`${name} cancelled`);
      throw e;
    }
  }

  const ts = [..."abcd"].map((n) => asyncio.create_task(waiter(n)));
  await asyncio.sleep(0);
  ts[2].cancel();
  ev.set();
  ev.clear();
  await asyncio.gather(...ts, { return_exceptions: true });
  print(log.join("\n"));
  print("is_set:", py(ev.is_set()));

  try {
    await asyncio.wait_for(ev.wait(), 0.1);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("timed out, is_set:", py(ev.is_set()));
    else throw e;
  }

  ev.set();
  const side = [];
  async function other() {
    side.push("other ran");
  }
  const t = asyncio.create_task(asyncio.coroutine(other)()); // lazy start, as in Python (README)
  const r = await ev.wait();
  side.push(`wait returned ${py(r)}`);
  await t;
  print(side.join(", "));
  ev.set();
  print("set twice:", py(ev.is_set()));
}

await asyncio.run(main());
