// switch, plain Node: `await new Promise(setImmediate)` 1,000,000 times, the closest
// equivalent of asyncio.sleep(0): each await goes once round the event loop (check phase).
// Prints: RESULT switch <elapsed s> <µs per switch>
const { performance } = require('node:perf_hooks');

const N = 1000000;

(async () => {
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await new Promise(setImmediate);
  const elapsed = (performance.now() - t0) / 1000;
  console.log(`RESULT switch ${elapsed.toFixed(6)} ${(elapsed * 1e6 / N).toFixed(3)}`);
})();
