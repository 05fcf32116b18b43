// Seed 001 (asyncio asynchronous programming learning in python), "7.4 await Keyword",
// "Example 1: await + Synergetic Object": func2 awaits func1, which sleeps 1 s and returns a string;
// run with asyncio.run(func2()). The printed strings keep the seed's trailing spaces.

async function func1() {
  print("start");
  await asyncio.sleep(1);
  print("end");
  return "func1 Complete execution ";
}

async function func2() {
  print("func2 Start execution ");
  // await can be followed by an awaitable (coroutine object, Future, Task)
  const response = await func1();
  print(response);
  print("func2 Complete execution ");
}

await asyncio.run(func2());
