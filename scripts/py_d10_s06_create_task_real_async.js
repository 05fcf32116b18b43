// Seed 003 "asyncIO 的 task": real_async(n) via create_task, awaited in reverse order, elapsed per task
// asyncio.coroutine: Python's lazy start (the task prints once the loop runs it)
const real_async = asyncio.coroutine(async function real_async(n) {
  print("this is real async func", n);
  const s_time = time.perf_counter();
  await asyncio.sleep(n);
  const d_time = time.perf_counter() - s_time;
  print(`end sleep ${d_time.toFixed(1)}`);
  return n;
});

async function do_it() {
  print("invoke real async");
  const t1 = asyncio.create_task(real_async(0.3));
  const t2 = asyncio.create_task(real_async(0.1));
  const t3 = asyncio.create_task(real_async(0.2), { name: "third" });
  print(t3.get_name(), t3.done());
  const r3 = await t3;
  print("t3 ->", r3, "t1 done?", t1.done(), "t2 done?", t2.done());
  const r1 = await t1;
  const r2 = await t2;
  print(r1, r2, r3, (time.perf_counter() - t0).toFixed(1));
}

const t0 = time.perf_counter();
await asyncio.run(do_it());
