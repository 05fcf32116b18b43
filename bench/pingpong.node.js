// pingpong, plain Node: a producer and a consumer pass 200,000 items through a bounded
// queue of size 1. Node has no asyncio.Queue, so here is a minimal one built the way
// CPython's is: a buffer plus FIFO lists of waiting getters and putters; put/get return
// at once when they need not wait, and a waiter re-checks after it is woken.
// Prints: RESULT pingpong <elapsed s> <µs per item>
const { performance } = require('node:perf_hooks');

class BoundedQueue {
  constructor(maxsize) {
    this.maxsize = maxsize;
    this.items = [];
    this.getters = []; // resolve functions of blocked get() calls
    this.putters = []; // resolve functions of blocked put() calls
  }

  async put(item) {
    while (this.items.length >= this.maxsize) {
      await new Promise((resolve) => this.putters.push(resolve));
    }
    this.items.push(item);
    const getter = this.getters.shift();
    if (getter) getter();
  }

  async get() {
    while (this.items.length === 0) {
      await new Promise((resolve) => this.getters.push(resolve));
    }
    const item = this.items.shift();
    const putter = this.putters.shift();
    if (putter) putter();
    return item;
  }
}

const N = 200000;

async function producer(q) {
  for (let i = 0; i < N; i++) await q.put(i);
}

async function consumer(q) {
  let total = 0;
  for (let i = 0; i < N; i++) total += await q.get();
  return total;
}

(async () => {
  const q = new BoundedQueue(1);
  const t0 = performance.now();
  const [, total] = await Promise.all([producer(q), consumer(q)]);
  const elapsed = (performance.now() - t0) / 1000;
  if (total !== N * (N - 1) / 2) throw new Error(`pingpong: wrong sum ${total}`);
  console.log(`RESULT pingpong ${elapsed.toFixed(6)} ${(elapsed * 1e6 / N).toFixed(3)}`);
})();
