// Seed 001 (asyncio asynchronous programming learning in python), "7.3 Basic Applications":
// `result = func()` makes a coroutine object without running it, then `asyncio.run(result)` runs it
// ("Mode 2"; the commented-out "Mode 1" is loop.run_until_complete(result), ported in 003_run_until_complete.js).
// The article's point is that calling a coroutine function does not execute its body, so func is wrapped in
// asyncio.coroutine to keep Python's lazy start (a plain async function would print at `func()` already).
// The printed string keeps the seed's leading and trailing space.

const func = asyncio.coroutine(async function func() {
  print(" Synergetic internal code ");
});

// Calling the coroutine function returns a coroutine object; nothing runs yet.
const result = func();
await asyncio.run(result);
