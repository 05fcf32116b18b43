// Seed 003 (liualexiang, "AsyncIO基础"), section "asyncIO 的 task", third sample: no wrapper function;
// task_list = [real_async(1), real_async(2)] and done, pending = asyncio.run(asyncio.wait(task_list)).
// Python prints the raw elapsed float (`end sleep 1.0005…`); we print it with toFixed(1).
// Python 3.11+ refuses bare coroutines in asyncio.wait; asyncrun wraps them in tasks as Python 3.7–3.10 did.
// JS difference: real_async(n) starts when called, while building the list; the output is the same.

async function real_async(n) {
  print("this is real async func");
  const s_time = time.time();
  await asyncio.sleep(n);
  const e_time = time.time();
  const d_time = e_time - s_time;
  print(`end sleep ${d_time.toFixed(1)}`);
}

const task_list = [
  real_async(1),
  real_async(2),
];

const [done, pending] = await asyncio.run(asyncio.wait(task_list));
