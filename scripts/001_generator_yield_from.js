// Seed 001 (asyncio asynchronous programming learning in python), "4. yield keyword implementation":
// the plain generator func1/func2 with `yield from func2()`. No asyncio: `yield from` is `yield*`,
// Python's `for item in ff` is `for…of`.

function* func1() {
  yield 1;
  yield* func2();
  yield 3;
}

function* func2() {
  yield 2;
  yield 4;
}

const ff = func1();
for (const item of ff) {
  print(item);
}
