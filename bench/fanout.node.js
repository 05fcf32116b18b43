// fanout, plain Node: 100,000 async functions, each awaiting a 50 ms setTimeout, Promise.all.
// Prints: RESULT fanout <elapsed s> <overhead µs per task>
// where overhead = (elapsed - DELAY) / N, the cost of one task beyond the sleep itself.
const { performance } = require('node:perf_hooks');

const N = 100000;
const DELAY = 0.05;

async function worker() {
  await new Promise((r) => setTimeout(r, DELAY * 1000));
}

(async () => {
  const t0 = performance.now();
  const tasks = [];
  for (let i = 0; i < N; i++) tasks.push(worker());
  const results = await Promise.all(tasks);
  const elapsed = (performance.now() - t0) / 1000;
  if (results.length !== N) throw new Error(`fanout: expected ${N} results, got ${results.length}`);
  console.log(`RESULT fanout ${elapsed.toFixed(6)} ${((elapsed - DELAY) * 1e6 / N).toFixed(3)}`);
})();
