const T0 = time.time();

async function say_after(delay, what) {
  await asyncio.sleep(delay);
  print(what);
}

async function main() {
  const task1 = asyncio.create_task(
    say_after(1, 'hello'));

  const task2 = asyncio.create_task(
    say_after(2, 'world'));

  print(`started at ${(time.time() - T0).toFixed(1)}`);

  // Wait until both tasks are completed (should take
  // around 2 seconds.)
  await task1;
  await task2;

  print(`finished at ${(time.time() - T0).toFixed(1)}`);
}

await asyncio.run(main());
