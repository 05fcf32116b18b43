// threads, plain Node: four calls of a CPU-bound fib(N) on worker_threads, first one after another on
// one warm worker, then all at once on a pool of four workers created for the run (their start-up is
// in the parallel time, as issue 4 says); then the round trip of a trivial message to a warm worker.
// N is chosen so that one call takes about 1 s in Node (V8's JIT runs fib far faster than goja or
// CPython); `node threads.node.js N` overrides it.
// Prints: RESULT threads <sequential s> <parallel s> <speedup> <round-trip µs> <N>
const { Worker } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');

const N = process.argv.length > 2 ? Number(process.argv[2]) : 40;
const CALLS = 4;
const TRIPS = 2000;

// The worker: {op: 'fib', n} -> fib(n); {op: 'echo', x} -> x.
const workerSrc = `
const { parentPort } = require('node:worker_threads');
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
parentPort.on('message', (m) => parentPort.postMessage(m.op === 'fib' ? fib(m.n) : m.x));
`;

function spawn() {
  const w = new Worker(workerSrc, { eval: true });
  w.unref();
  return w;
}

// call sends one message and resolves with the reply (one call in flight per worker).
function call(w, msg) {
  return new Promise((resolve, reject) => {
    const onMessage = (v) => { w.off('error', onError); resolve(v); };
    const onError = (e) => { w.off('message', onMessage); reject(e); };
    w.once('message', onMessage);
    w.once('error', onError);
    w.postMessage(msg);
  });
}

function check(results) {
  if (results.length !== CALLS) throw new Error(`threads: expected ${CALLS} results, got ${results.length}`);
  for (const r of results) if (r !== results[0]) throw new Error(`threads: results differ: ${results}`);
}

(async () => {
  // A warm worker for the sequential calls and the round trips.
  const warm = spawn();
  if ((await call(warm, { op: 'fib', n: 20 })) !== 6765) throw new Error('threads: fib(20) is wrong');

  let t0 = performance.now();
  const seq = [];
  for (let i = 0; i < CALLS; i++) seq.push(await call(warm, { op: 'fib', n: N }));
  const sequential = (performance.now() - t0) / 1000;
  check(seq);

  t0 = performance.now();
  const pool = Array.from({ length: CALLS }, spawn);
  const par = await Promise.all(pool.map((w) => call(w, { op: 'fib', n: N })));
  const parallel = (performance.now() - t0) / 1000;
  check(par);
  if (par[0] !== seq[0]) throw new Error(`threads: parallel ${par[0]} != sequential ${seq[0]}`);
  await Promise.all(pool.map((w) => w.terminate()));

  await call(warm, { op: 'echo', x: -1 });
  t0 = performance.now();
  let sum = 0;
  for (let i = 0; i < TRIPS; i++) sum += await call(warm, { op: 'echo', x: i });
  const trips = (performance.now() - t0) / 1000;
  if (sum !== (TRIPS * (TRIPS - 1)) / 2) throw new Error(`threads: round-trip sum ${sum}`);
  await warm.terminate();

  console.log(`RESULT threads ${sequential.toFixed(6)} ${parallel.toFixed(6)} ${(sequential / parallel).toFixed(3)} ${(trips * 1e6 / TRIPS).toFixed(3)} ${N}`);
})().catch((e) => { console.error(e); process.exit(1); });
