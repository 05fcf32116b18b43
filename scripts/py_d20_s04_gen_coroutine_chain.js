// @asyncio.coroutine-style generators with yield from, nested, return values,
// ensure_future + run_until_complete(wait)
const fetch_ = asyncio.coroutine(function* (name, d) {
  print("fetch start", name);
  yield asyncio.sleep(d);
  print("fetch end", name);
  return name.toUpperCase();
});

const pipeline = asyncio.coroutine(function* (name, d) {
  const a = yield fetch_(name + "-a", d);
  const b = yield fetch_(name + "-b", d / 2);
  print("pipeline", name, a, b);
  return a + "+" + b;
});

const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const t0 = loop.time();
const tasks = [asyncio.ensure_future(pipeline("x", 0.2)), asyncio.ensure_future(pipeline("y", 0.1))];
const [done, pending] = await loop.run_until_complete(asyncio.wait(tasks));
print(done.size, pending.size);
for (const t of tasks) {
  print(t.result());
}
print("elapsed", Math.round((loop.time() - t0) * 100) / 100);
loop.close();
