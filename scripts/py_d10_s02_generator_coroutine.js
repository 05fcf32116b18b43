// Seed 001 §6: generator-based coroutines (@asyncio.coroutine + yield from)
const func1 = asyncio.coroutine(function* func1() {
  print(1);
  yield asyncio.sleep(0.2);
  print(2);
  return "one";
});

const func2 = asyncio.coroutine(function* func2() {
  print(3);
  const r = yield func1();
  print(4, r);
  yield asyncio.sleep(0.1);
  return "two";
});

class ValueError extends Error { get name() { return "ValueError"; } }

const func3 = asyncio.coroutine(function* func3() {
  print(5);
  yield asyncio.sleep(0.1);
  throw new ValueError("func3 failed");
});

const tasks = [asyncio.ensure_future(func1()), asyncio.ensure_future(func2()), asyncio.ensure_future(func3())];
const start = time.perf_counter();
const loop = asyncio.get_event_loop();
await loop.run_until_complete(asyncio.wait(tasks));
for (const t of tasks) {
  if (t.exception() != null) {
    print("error:", t.exception().name, t.exception().message);
  } else {
    print("result:", t.result());
  }
}
print((time.perf_counter() - start).toFixed(1));
