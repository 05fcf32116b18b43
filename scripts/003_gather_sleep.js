// Seed 003 (liualexiang, "AsyncIO基础"), section "有关await 和 asyncio.run", awaitable objects with
// several tasks: cc sleeps 1 s, dd sleeps 2 s; task() awaits asyncio.gather(*task_list); asyncio.run(task()).
// JS difference: cc() and dd() run when called, while building task_list; the output is the same.

async function cc() {
  print("cc");
  await asyncio.sleep(1);
}

async function dd() {
  print("dd");
  await asyncio.sleep(2);
}

const task_list = [cc(), dd()];

async function task() {
  await asyncio.gather(...task_list);
}

await asyncio.run(task());
