async function some_coro(x) {
  await asyncio.sleep(1);
  return x * 2;
}

async function another_coro(y) {
  await asyncio.sleep(0.5);
  return y + 1;
}

async function main() {
  let task1, task2;
  await new asyncio.TaskGroup().with(async (tg) => {
    task1 = tg.create_task(some_coro(10));
    task2 = tg.create_task(another_coro(5));
  });
  print(`Both tasks have completed now: ${task1.result()}, ${task2.result()}`);
}

await asyncio.run(main());
