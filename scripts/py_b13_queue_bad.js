const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function main() {
  for (const ms of [-1, 0]) {
    const q = new asyncio.Queue({maxsize: ms});
    for (let i = 0; i < 5; i++) q.put_nowait(i);
    print("maxsize", ms, "->", q.maxsize, "qsize", q.qsize(), "full", P(q.full()));
  }
  let q = new asyncio.Queue(2);
  try {
    q.get_nowait();
  } catch (e) {
    if (e instanceof asyncio.QueueEmpty) print("get_nowait empty:", e.name, `'${e.message}'`, P(e instanceof Error)); else throw e;
  }
  q.put_nowait("a"); q.put_nowait("b");
  try {
    q.put_nowait("c");
  } catch (e) {
    if (e instanceof asyncio.QueueFull) print("put_nowait full:", e.name, `'${e.message}'`); else throw e;
  }
  print("after full: qsize", q.qsize(), q.get_nowait(), q.get_nowait());
  for (const cls of [asyncio.LifoQueue, asyncio.PriorityQueue]) {
    const q = new cls(1);
    try {
      q.get_nowait();
    } catch (e) {
      if (e instanceof asyncio.QueueEmpty) print(cls.name, "empty", e.name); else throw e;
    }
    q.put_nowait(1);
    try {
      q.put_nowait(2);
    } catch (e) {
      if (e instanceof asyncio.QueueFull) print(cls.name, "full", e.name); else throw e;
    }
  }
  q = new asyncio.Queue();
  q.put_nowait(1);
  q.get_nowait();
  q.task_done();
  try {
    q.task_done();
  } catch (e) {
    if (e instanceof asyncio.ValueError) print("task_done:", e.name, e.message); else throw e;
  }
  await q.join();
  print("join returns");
}
await asyncio.run(main());
