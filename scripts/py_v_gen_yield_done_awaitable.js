const other = asyncio.coroutine(async function other(tag) {
  print("  other task runs", tag);
});
const main = asyncio.coroutine(async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  fut.set_result("F");
  const ev = new asyncio.Event();
  ev.set();
  const q = new asyncio.Queue();
  const gen = asyncio.coroutine(function* gen() {
    print("gen: done future ->", yield fut);
    print("gen: set event ->", (yield ev.wait()) ? "True" : "False");
    yield q.put(1);
    print("gen: put into unbounded queue");
    print("gen: get from non-empty queue ->", yield q.get());
  });
  await asyncio.gather(gen(), other(1), other(2), other(3), other(4));
});
await asyncio.run(main());
