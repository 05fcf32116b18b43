// PriorityQueue orders as Python's `<` does (numbers numerically, strings by code point, arrays element by
// element like tuples) and prints its heap as heapq lays it out; values that cannot be compared raise
// TypeError and leave the queue as it was. LifoQueue is a stack. Then the errors: QueueEmpty, QueueFull,
// task_done() called too often, and TypeErrors that name the function and the argument (asyncrun's
// wording). Expected output checked against CPython 3.13.
const drain = (q) => {
  const out = [];
  while (!q.empty()) out.push(q.get_nowait());
  return out;
};

const pq = new asyncio.PriorityQueue();
for (const x of [5, 3.5, -1, 8, 3, 0, 13, 2]) pq.put_nowait(x);
print(`${pq}`);
print(JSON.stringify(drain(pq)));

for (const x of ["b", "a", "ab", "B", "é", "z", ""]) pq.put_nowait(x);
print(`${pq}`);
print(JSON.stringify(drain(pq)));

for (const x of [[2, "b"], [1, "z"], [1, "a"], [2], [1, "a", 0], [0, "x"]]) pq.put_nowait(x);
print(`${pq}`);
print(JSON.stringify(drain(pq)));

pq.put_nowait(1);
pq.put_nowait(2);
for (const bad of ["three", [4], null]) {
  try {
    pq.put_nowait(bad);
  } catch (e) {
    print(`${e.name}: ${e.message}`);
  }
}
print(`${pq}`);
await pq.put(0);
print(`${await pq.get()} ${await pq.get()} ${await pq.get()} ${pq}`);

const lq = new asyncio.LifoQueue(3);
for (const x of [1, 2, 3]) await lq.put(x);
print(`${lq}, full()=${lq.full()}, maxsize=${lq.maxsize}`);
print(JSON.stringify(drain(lq)));

const q = new asyncio.Queue(1);
for (const [what, f] of [
  ["get_nowait() on an empty queue", () => q.get_nowait()],
  ["put_nowait() twice on a Queue(1)", () => { q.put_nowait("x"); q.put_nowait("y"); }],
  ["task_done() twice for one item", () => { q.get_nowait(); q.task_done(); q.task_done(); }],
  ["Queue('3')", () => new asyncio.Queue("3")],
  ["Queue(maxsize: 1.5)", () => new asyncio.Queue({ maxsize: 1.5 })],
]) {
  try {
    f();
    print(`${what}: no error`);
  } catch (e) {
    print(`${what}: ${e.name}: ${e.message}`);
  }
}
print(`${new asyncio.Queue({ maxsize: 4 })}, ${q instanceof asyncio.Queue}, ${pq instanceof asyncio.Queue}, ${new asyncio.QueueEmpty() instanceof Error}`);
