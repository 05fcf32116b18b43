const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const t0 = loop.time();
const T = () => (loop.time() - t0).toFixed(2);
const q = new asyncio.Queue({ maxsize: 2 });
const producer = asyncio.coroutine(function* producer(n) {
  for (let i = 0; i < n; i++) {
    yield q.put(i);
    print(T(), "put", i, "size", q.qsize());
    yield asyncio.sleep(0.01);
  }
  yield q.put(null);
  return `produced ${n}`;
});
const consumer = asyncio.coroutine(function* consumer(name) {
  const got = [];
  while (true) {
    const item = yield q.get();
    if (item === null) {
      yield q.put(null);
      break;
    }
    print(T(), name, "got", item);
    got.push(item);
    yield asyncio.sleep(0.025);
  }
  return got;
});
const tasks = [asyncio.ensure_future(producer(6)), asyncio.ensure_future(consumer("c1")),
  asyncio.ensure_future(consumer("c2"))];
let [done, pending] = await loop.run_until_complete(asyncio.wait(tasks, { timeout: 0.04 }));
print(T(), "after timeout: done", done.size, "pending", pending.size);
[done, pending] = await loop.run_until_complete(asyncio.wait(tasks));
const R = (r) => (Array.isArray(r) ? "[" + r.join(", ") + "]" : `'${r}'`);
print(T(), "all:", "[" + tasks.map((t) => R(t.result())).join(", ") + "]");
loop.close();
