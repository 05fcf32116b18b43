// Fairness: 100 tasks waiting on one Lock, on a Semaphore(1) and on Queue.get are served in the order they
// arrived, also when some of them are cancelled while they wait (every seventh here). Expected output
// checked against CPython 3.13.
const N = 100;
const cancelled = (i) => i % 7 === 3;

async function serve(name, show, enter, leave) {
  const order = [];
  const tasks = [];
  for (let i = 0; i < N; i++) {
    tasks.push(asyncio.create_task((async () => {
      await enter();
      order.push(i);
      await asyncio.sleep(0);
      leave();
    })()));
  }
  await asyncio.sleep(0); // every task is waiting now
  print(`${name}: ${show()}`);
  tasks.forEach((t, i) => cancelled(i) && t.cancel());
  leave();
  const results = await asyncio.gather(...tasks, { return_exceptions: true });
  const expected = [...Array(N).keys()].filter((i) => !cancelled(i));
  print(`  served ${order.length}, in arrival order: ${JSON.stringify(order) === JSON.stringify(expected)}`);
  print(`  cancelled ${results.filter((r) => r instanceof asyncio.CancelledError).length}, first served: ${order.slice(0, 8).join(" ")}`);
}

const lock = new asyncio.Lock();
await lock.acquire();
await serve("Lock", () => String(lock), () => lock.acquire(), () => lock.release());
print(`  ${lock}`);

const sem = new asyncio.Semaphore(1);
await sem.acquire();
await serve("Semaphore(1)", () => String(sem), () => sem.acquire(), () => sem.release());
print(`  ${sem}`);

const q = new asyncio.Queue();
const got = [];
const getters = [];
for (let i = 0; i < N; i++) {
  getters.push(asyncio.create_task((async () => got.push([i, await q.get()]))()));
}
await asyncio.sleep(0);
print(`Queue.get: ${q}`);
getters.forEach((t, i) => cancelled(i) && t.cancel());
for (let item = 0; item < N; item++) {
  q.put_nowait(item);
}
await asyncio.gather(...getters, { return_exceptions: true });
print(`  served ${got.length}, in arrival order: ${got.every(([i], k) => k === 0 || got[k - 1][0] < i)}`);
print(`  items in order: ${got.every(([, item], k) => item === k)}, left over: ${q.qsize()}`);
print(`  first served: ${got.slice(0, 5).map(([i, item]) => `${i}<-${item}`).join(" ")}`);
