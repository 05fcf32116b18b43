// Seed 001 (asyncio asynchronous programming learning in python), "7. async & await keyword implements
// asynchronous programming": func1/func2 as async functions, wrapped with asyncio.ensure_future and run by
// loop.run_until_complete(asyncio.wait(tasks)).
// JS difference: calling func1() starts it at once, so "1" and "3" are printed inside the
// ensure_future calls rather than when the loop runs; the output is the same. Both sleeps start before
// `start` is read, at the same instant, so the elapsed time is still 1 s.
// Python prints the raw elapsed float (1.0016…); we print it with toFixed(1).

async function func1() {
  print(1);
  await asyncio.sleep(1);
  print(2);
}

async function func2() {
  print(3);
  await asyncio.sleep(1);
  print(4);
}

const tasks = [
  asyncio.ensure_future(func1()),
  asyncio.ensure_future(func2()),
];

const start = time.time();
const loop = asyncio.get_event_loop();
await loop.run_until_complete(asyncio.wait(tasks));
const end = time.time();
print((end - start).toFixed(1));
