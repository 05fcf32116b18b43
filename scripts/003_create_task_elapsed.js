// Seed 003 (liualexiang, "AsyncIO基础"), section "asyncIO 的 task", first sample: do_it creates tasks for
// real_async(1) and real_async(2) with asyncio.create_task, awaits both, and each prints its elapsed time.
// Python prints the raw elapsed float (`end sleep 1.0005…`); we print it with toFixed(1).
// JS difference: real_async(n) starts inside the create_task call, so "this is real async func" is printed
// before do_it reaches `await t1`; the output is the same.

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
  const t1 = asyncio.create_task(real_async(1));
  const t2 = asyncio.create_task(real_async(2));
  await t1;
  await t2;
}

await asyncio.run(do_it());
