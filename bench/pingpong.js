// pingpong: a producer and a consumer pass 200,000 items through asyncio.Queue(1).
// Prints: RESULT pingpong <elapsed s> <µs per item>
const N = 200000;

async function producer(q) {
  for (let i = 0; i < N; i++) await q.put(i);
}

async function consumer(q) {
  let total = 0;
  for (let i = 0; i < N; i++) total += await q.get();
  return total;
}

const q = new asyncio.Queue(1);
const t0 = time.perf_counter();
const [, total] = await asyncio.gather(
  asyncio.create_task(producer(q)),
  asyncio.create_task(consumer(q)),
);
const elapsed = time.perf_counter() - t0;
if (total !== N * (N - 1) / 2) throw new Error(`pingpong: wrong sum ${total}`);
print(`RESULT pingpong ${elapsed.toFixed(6)} ${(elapsed * 1e6 / N).toFixed(3)}`);
