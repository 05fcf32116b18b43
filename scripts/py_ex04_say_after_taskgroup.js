const T0 = time.time();

async function say_after(delay, what) {
  await asyncio.sleep(delay);
  print(what);
}

async function main() {
  let task1, task2;
  await new asyncio.TaskGroup().with(async (tg) => {
    task1 = tg.create_task(
      say_after(1, 'hello'));

    task2 = tg.create_task(
      say_after(2, 'world'));

    print(`started at ${(time.time() - T0).toFixed(1)}`);
  });

  // The await is implicit when the context manager exits.

  print(`finished at ${(time.time() - T0).toFixed(1)}`);
}

await asyncio.run(main());
