// PriorityQueue(3) of (priority, seq, name) tuples: lowest first, ties broken by the next field;
// putters blocked on a full queue are served FIFO (not by priority); get() waiters served FIFO.
const py = (v) => (v === true ? "True" : v === false ? "False" : v === undefined || v === null ? "None" : String(v));

async function main() {
  const pq = new asyncio.PriorityQueue(3);
  const log = [];
  async function putter(item) {
    await pq.put(item);
    log.push(`put ${item[2]}`);
  }
  const items = [[5, 0, "e"], [1, 1, "a"], [3, 2, "c"], [1, 0, "a0"], [0, 9, "z"], [3, 1, "c1"]];
  const ts = items.map((it) => asyncio.create_task(putter(it)));
  await asyncio.sleep(0);
  log.push(`qsize=${pq.qsize()} full=${py(pq.full())}`);
  while (!pq.empty() || !ts.every((t) => t.done())) {
    const [p, s, name] = await pq.get();
    log.push(`  got ${name} (${p},${s})`);
    await asyncio.sleep(0);
  }
  print(log.join("\n"));

  async function getter(n) {
    const [p, s, name] = await pq.get();
    return `g${n}:${name}`;
  }
  const gs = [0, 1, 2].map((n) => asyncio.create_task(getter(n)));
  await asyncio.sleep(0);
  for (const it of [[2, 0, "x"], [0, 0, "y"], [1, 0, "w"]]) {
    pq.put_nowait(it);
  }
  print((await asyncio.gather(...gs)).join(", "));
  for (const it of [[1, "b"], [1, "a"], [0, "z"]]) {
    pq.put_nowait(it);
  }
  print(py(JSON.stringify([0, 1, 2].map(() => pq.get_nowait())) === JSON.stringify([[0, "z"], [1, "a"], [1, "b"]])));
}

await asyncio.run(main());
