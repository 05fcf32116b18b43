// random.uniform(0.05, 1.0) replaced by fixed values
const SLEEPS = [0.56, 0.23, 0.34, 0.85, 0.97, 0.21, 0.98, 0.57, 0.78, 0.85,
  0.87, 0.81, 0.25, 0.56, 0.89, 0.97, 0.95, 0.36, 0.75, 0.5];

async function worker(name, queue) {
  while (true) {
    // Get a "work item" out of the queue.
    const sleep_for = await queue.get();

    // Sleep for the "sleep_for" seconds.
    await asyncio.sleep(sleep_for);

    // Notify the queue that the "work item" has been processed.
    queue.task_done();

    print(`${name} has slept for ${sleep_for.toFixed(2)} seconds`);
  }
}

async function main() {
  // Create a queue that we will use to store our "workload".
  const queue = new asyncio.Queue();

  // Generate random timings and put them into the queue.
  let total_sleep_time = 0;
  for (const sleep_for of SLEEPS) {
    total_sleep_time += sleep_for;
    queue.put_nowait(sleep_for);
  }

  // Create three worker tasks to process the queue concurrently.
  const tasks = [];
  for (let i = 0; i < 3; i++) {
    const task = asyncio.create_task(worker(`worker-${i}`, queue));
    tasks.push(task);
  }

  // Wait until the queue is fully processed.
  const started_at = time.monotonic();
  await queue.join();
  const total_slept_for = time.monotonic() - started_at;

  // Cancel our worker tasks.
  for (const task of tasks) {
    task.cancel();
  }
  // Wait until all worker tasks are cancelled.
  await asyncio.gather(...tasks, { return_exceptions: true });

  print('====');
  print(`3 workers slept in parallel for ${total_slept_for.toFixed(1)} seconds`);
  print(`total expected sleep time: ${total_sleep_time.toFixed(2)} seconds`);
}

await asyncio.run(main());
