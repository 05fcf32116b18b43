async function some_coro(param) {
  await asyncio.sleep(0.1 * (10 - param));
  print(`some_coro(${param}) done`);
}

async function main() {
  const background_tasks = new Set();

  for (let i = 0; i < 10; i++) {
    const task = asyncio.create_task(some_coro(i));

    // Add task to the set. This creates a strong reference.
    background_tasks.add(task);

    // To prevent keeping references to finished tasks forever,
    // make each task remove its own reference from the set after
    // completion:
    task.add_done_callback((t) => background_tasks.delete(t));
  }

  print(background_tasks.size);
  await asyncio.sleep(0.55);
  print(background_tasks.size);
  await asyncio.sleep(1);
  print(background_tasks.size);
}

await asyncio.run(main());
