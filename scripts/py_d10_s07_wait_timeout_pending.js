// Seed 003: asyncio.wait(task_list, timeout=...) returns done and pending; cancel the pending ones
async function real_async(n) {
  try {
    await asyncio.sleep(n);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("cancelled while sleeping", n);
    throw e;
  }
  print("finished", n);
  return n;
}

async function do_it() {
  const task_list = [0.1, 0.4, 0.2, 0.5].map((n) => asyncio.create_task(real_async(n), { name: `t${n}` }));
  const [done, pending] = await asyncio.wait(task_list, { timeout: 0.3 });
  print(done.size, pending.size, (time.perf_counter() - t0).toFixed(1));
  print(...[...done].map((t) => t.get_name()).sort(), "|", ...[...pending].map((t) => t.get_name()).sort());
  for (const t of task_list) {
    if (pending.has(t)) t.cancel();
  }
  const [done2, pending2] = await asyncio.wait(pending);
  print(done2.size, pending2.size, ...task_list.map((t) => t.cancelled()));
  print((time.perf_counter() - t0).toFixed(1));
}

const t0 = time.perf_counter();
await asyncio.run(do_it());
