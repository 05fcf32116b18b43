// Awaiting a primitive that is available at once does not let other tasks run: free Lock,
// Semaphore with value, set Event, non-empty Queue get, non-full Queue put, Barrier(1),
// Condition.wait_for with a true predicate, `async with` a free lock. A blocked one does.
const py = (v) => (v === true ? "True" : v === false ? "False" : v === undefined || v === null ? "None" : typeof v === "string" ? `'${v}'` : String(v));

async function main() {
  const lock = new asyncio.Lock(), sem = new asyncio.Semaphore(1), ev = new asyncio.Event();
  ev.set();
  const q = new asyncio.Queue(1);
  const q2 = new asyncio.Queue(); q2.put_nowait("x");
  const bar = new asyncio.Barrier(1);
  const cond = new asyncio.Condition();

  async function probe(name, make) {
    const ran = [];
    async function other() {
      ran.push(1);
    }
    const t = asyncio.create_task(asyncio.coroutine(other)()); // lazy start, as in Python (README)
    const r = await make();
    print(`${name}: returned ${py(r)}, other ran first: ${py(ran.length > 0)}`);
    await t;
  }

  await probe("lock.acquire", () => lock.acquire());
  lock.release();
  await probe("sem.acquire", () => sem.acquire());
  sem.release();
  await probe("event.wait", () => ev.wait());
  await probe("queue.put", () => q.put(1));
  await probe("queue.get", () => q2.get());
  await probe("barrier(1).wait", () => bar.wait());
  async function cw() {
    return await cond.with(async () => await cond.wait_for(() => "yes"));
  }
  await probe("cond.wait_for", cw);
  async function lw() {
    return await lock.with(async () => "body");
  }
  await probe("async with lock", lw);
  await probe("sleep(0)", () => asyncio.sleep(0));
  await lock.acquire();
  asyncio.get_running_loop().call_soon(() => lock.release());
  await probe("blocked lock.acquire", () => lock.acquire());
}

await asyncio.run(main());
