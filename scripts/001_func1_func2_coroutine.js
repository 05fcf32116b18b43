// Seed 001 (asyncio asynchronous programming learning in python), "6. asyncio module realizes
// asynchronous co-process": func1/func2 as @asyncio.coroutine generators that `yield from
// asyncio.sleep(1)`, wrapped with asyncio.ensure_future and run by loop.run_until_complete(asyncio.wait(tasks)).
// `@asyncio.coroutine` is asyncio.coroutine(function* …); `yield from <awaitable>` is `yield <awaitable>`.
// Python prints the raw elapsed float (1.0016…); we print it with toFixed(1).

const func1 = asyncio.coroutine(function* () {
  print(1);
  yield asyncio.sleep(1); // on IO, switch to the other tasks
  print(2);
});

const func2 = asyncio.coroutine(function* () {
  print(3);
  yield asyncio.sleep(1); // on IO, switch to the other tasks
  print(4);
});

const tasks = [
  asyncio.ensure_future(func1()),
  asyncio.ensure_future(func2()),
];

const start = time.time();
const loop = asyncio.get_event_loop();
await loop.run_until_complete(asyncio.wait(tasks));
const end = time.time();
print((end - start).toFixed(1));
