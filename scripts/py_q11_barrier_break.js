// Barrier: a party cancelled after the barrier tripped (draining) still lets the round finish; a
// party cancelled while filling leaves; abort() from a party breaks the others; wait() on a broken
// barrier raises at once; reset() repairs it; reset() with waiters breaks them.
const py = (v) => (v === true ? "True" : v === false ? "False" : v === undefined || v === null ? "None" : String(v));

async function main() {
  const b = new asyncio.Barrier(3);
  const log = [];

  async function party(name) {
    try {
      const idx = await b.wait();
      log.push(`${name} idx=${idx}`);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) {
        log.push(`${name} cancelled n_waiting=${b.n_waiting}`);
        throw e;
      } else if (e instanceof asyncio.BrokenBarrierError) {
        log.push(`${name} broken: ${e.name}(${e.message ? `'${e.message}'` : ""})`);
      } else throw e;
    }
  }

  const ta = asyncio.create_task(party("a"));
  const tb = asyncio.create_task(party("b"));
  await asyncio.sleep(0);
  const tc = asyncio.create_task(asyncio.coroutine(party)("c")); // lazy start, as in Python (README)
  await asyncio.sleep(0);
  ta.cancel();
  await asyncio.gather(ta, tb, tc, { return_exceptions: true });
  log.push(`round 1 over: n_waiting=${b.n_waiting} broken=${py(b.broken)}`);

  const td = asyncio.create_task(party("d"));
  const te = asyncio.create_task(party("e"));
  await asyncio.sleep(0);
  td.cancel();
  await asyncio.sleep(0);
  log.push(`d left: n_waiting=${b.n_waiting}`);
  async function aborter() {
    await asyncio.sleep(0.1);
    await b.abort();
    log.push(`aborted: broken=${py(b.broken)} n_waiting=${b.n_waiting}`);
  }
  await asyncio.gather(td, te, aborter(), { return_exceptions: true });
  await party("f");
  await b.reset();
  log.push(`reset: broken=${py(b.broken)}`);
  const tg = asyncio.create_task(party("g"));
  await asyncio.sleep(0);
  await b.reset();
  log.push(`reset with waiter: n_waiting=${b.n_waiting}`);
  await tg;
  log.push(`end: n_waiting=${b.n_waiting} broken=${py(b.broken)}`);
  print(log.join("\n"));
}

await asyncio.run(main());
