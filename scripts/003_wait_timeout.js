// Seed 003 (liualexiang, "AsyncIO基础"), section "asyncIO 的 task", second sample: do_it puts two
// create_task(real_async(n)) tasks in a list and awaits asyncio.wait(task_list, timeout=10), then prints done.
// Python prints the raw elapsed float (`end sleep 1.0005…`); we print it with toFixed(1).
// Python's `print(done)` prints a set of task reprs in no fixed order, which is not portable:
// we print done.size (both tasks finish well within the 10 s timeout) instead.

async function real_async(n) {
  print("this is real async func");
  const s_time = time.time();
  await asyncio.sleep(n);
  const e_time = time.time();
  const d_time = e_time - s_time;
  print(`end sleep ${d_time.toFixed(1)}`);
}

async function do_it() {
  print("invoke real async");
  const task_list = [
    asyncio.create_task(real_async(1)),
    asyncio.create_task(real_async(2)),
  ];
  const [done, pending] = await asyncio.wait(task_list, {timeout: 10});
  print(done.size); // Python: print(done)
}

await asyncio.run(do_it());
