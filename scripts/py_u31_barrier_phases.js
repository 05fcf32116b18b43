const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";
const pybool = (b) => b ? "True" : "False";

async function runner(name, barrier, work, log) {
  for (let phase = 0; phase < work.length; phase++) {
    await asyncio.sleep(work[phase]);
    log.push([phase, name]);
    const idx = await barrier.wait();
    if (idx === 0) print(el(), `phase ${phase} complete (last to arrive released by ${name})`);
  }
  return name;
}

async function breaker(barrier, name) {
  try {
    await barrier.wait();
  } catch (e) {
    if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
    print(el(), name, "saw broken barrier");
    return "broken";
  }
}

async function main() {
  const barrier = new asyncio.Barrier(3);
  const log = [];
  const work = { a: [0.1, 0.3, 0.1], b: [0.2, 0.12, 0.1], c: [0.3, 0.1, 0.2] };
  const res = await asyncio.gather(...Object.entries(work).map(([n, w]) => runner(n, barrier, w, log)));
  print(el(), "finished", pylist(res), "n_waiting", barrier.n_waiting, "broken", pybool(barrier.broken));
  const phases = new Map();
  for (const [ph, n] of log) {
    if (!phases.has(ph)) phases.set(ph, []);
    phases.get(ph).push(n);
  }
  print("arrival order per phase:", "{" + [...phases].map(([k, v]) => `${k}: ${pylist(v)}`).join(", ") + "}");

  const b2 = new asyncio.Barrier(3);
  const waiters = [0, 1].map(i => asyncio.create_task(breaker(b2, `w${i}`)));
  await asyncio.sleep(0.04);
  print(el(), "waiting:", b2.n_waiting, "-> abort");
  await b2.abort();
  print(el(), "results", pylist(await asyncio.gather(...waiters)), "broken", pybool(b2.broken));
  try {
    await b2.wait();
  } catch (e) {
    if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
    print(el(), "late waiter fails fast");
  }
  await b2.reset();
  print(el(), "after reset broken", pybool(b2.broken));
}

await asyncio.run(main());
