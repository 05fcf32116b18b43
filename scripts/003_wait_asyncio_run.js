// Seed 003 (liualexiang, "AsyncIO基础"), section "有关await 和 asyncio.run": instead of gather,
// wait_task = asyncio.wait(task_list) on coroutine objects, run with asyncio.run(wait_task); cc sleeps 1 s.
// Python 3.11+ refuses bare coroutines in asyncio.wait; Python 3.7–3.10 accept them but wrap them in tasks
// from a set, so "cc" and "dd" may come out in either order there (3.10 printed dd first in one run).
// In asyncrun cc() and dd() start when called, in list order, so the order is fixed: cc, dd.

async function cc() {
  print("cc");
  await asyncio.sleep(1);
}

async function dd() {
  print("dd");
}

const task_list = [cc(), dd()];
const wait_task = asyncio.wait(task_list);
await asyncio.run(wait_task);
