// threads: four calls of a CPU-bound fib(N) through asyncio.to_thread, first one after another, then
// all at once with asyncio.gather; then the warm round trip of a trivial function. Issue 4: on a 2-core
// machine the parallel run should take at most 1/1.8 of the sequential one.
// N is chosen so that one call takes about 1 s in asyncrun (goja); `asyncrun threads.js N` overrides it.
// Prints: RESULT threads <sequential s> <parallel s> <speedup> <round-trip µs> <N>
const N = sys.argv.length > 1 ? Number(sys.argv[1]) : 32;
const CALLS = 4;
const TRIPS = 2000;

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
const expected = fib(20); // 6765: a check that the workers compute the same thing

// Warm two workers: two trivial calls at once make the pool start two worker interpreters.
await asyncio.gather(asyncio.to_thread((x) => x, 0), asyncio.to_thread((x) => x, 1));

function check(results) {
  if (results.length !== CALLS) throw new Error(`threads: expected ${CALLS} results, got ${results.length}`);
  for (const r of results) if (r !== results[0]) throw new Error(`threads: results differ: ${results}`);
}
if ((await asyncio.to_thread(fib, 20)) !== expected) throw new Error("threads: fib(20) on a worker is wrong");

let t0 = time.perf_counter();
const seq = [];
for (let i = 0; i < CALLS; i++) seq.push(await asyncio.to_thread(fib, N));
const sequential = time.perf_counter() - t0;
check(seq);

t0 = time.perf_counter();
const par = await asyncio.gather(...Array.from({ length: CALLS }, () => asyncio.to_thread(fib, N)));
const parallel = time.perf_counter() - t0;
check(par);
if (par[0] !== seq[0]) throw new Error(`threads: parallel ${par[0]} != sequential ${seq[0]}`);

// Warm round trip: a trivial function to a worker and back, one at a time.
const echo = (x) => x;
await asyncio.to_thread(echo, -1);
t0 = time.perf_counter();
let sum = 0;
for (let i = 0; i < TRIPS; i++) sum += await asyncio.to_thread(echo, i);
const trips = time.perf_counter() - t0;
if (sum !== (TRIPS * (TRIPS - 1)) / 2) throw new Error(`threads: round-trip sum ${sum}`);

print(`RESULT threads ${sequential.toFixed(6)} ${parallel.toFixed(6)} ${(sequential / parallel).toFixed(3)} ${(trips * 1e6 / TRIPS).toFixed(3)} ${N}`);
