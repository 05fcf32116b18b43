// Seed 003 (liualexiang, "AsyncIO基础"), section "有关await 和 asyncio.run": with asyncio.run, the gather
// is awaited inside a task() coroutine: task_list = [cc(), dd()]; await asyncio.gather(*task_list).
// JS difference: cc() and dd() run when called, while building task_list; the output is the same.

async function cc() {
  print("cc");
}

async function dd() {
  print("dd");
}

const task_list = [cc(), dd()];
async function task() {
  await asyncio.gather(...task_list);
}

await asyncio.run(task());
