// fanout: 100,000 tasks, each awaiting a 0.05 s sleep, gathered.
// Prints: RESULT fanout <elapsed s> <overhead µs per task>
// where overhead = (elapsed - DELAY) / N, the cost of one task beyond the sleep itself.
const N = 100000;
const DELAY = 0.05;

async function worker() {
  await asyncio.sleep(DELAY);
}

const t0 = time.perf_counter();
const tasks = [];
for (let i = 0; i < N; i++) tasks.push(asyncio.create_task(worker()));
// Spreading 100k arguments into one call, as Python's gather(*tasks) does. goja builds the
// argument list as a slice and has no argument-count limit (checked: f(...a) with 100k elements
// works). If an engine ever refuses it, gather in chunks instead, e.g.
//   for (let i = 0; i < N; i += 10000) await asyncio.gather(...tasks.slice(i, i + 10000));
const results = await asyncio.gather(...tasks);
const elapsed = time.perf_counter() - t0;
if (results.length !== N) throw new Error(`fanout: expected ${N} results, got ${results.length}`);
print(`RESULT fanout ${elapsed.toFixed(6)} ${((elapsed - DELAY) * 1e6 / N).toFixed(3)}`);
