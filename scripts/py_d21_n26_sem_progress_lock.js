async function fetch(i, sem, lock, state, t0, loop) {
  await sem.with(async () => {
    await asyncio.sleep(0.05 + 0.02 * (i % 4));
  });
  await lock.with(async () => {
    state.done += 1;
    const pct = Math.floor(100 * state.done / state.total);
    print(`[${String(Math.round((loop.time() - t0) * 100) / 100).padStart(5)}] ${state.done}/${state.total} (${pct}%) item ${i}`);
  });
  return i;
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const sem = new asyncio.Semaphore(3);
  const lock = new asyncio.Lock();
  const state = {done: 0, total: 8};
  const res = await asyncio.gather(...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => fetch(i, sem, lock, state, t0, loop)));
  print("sum", res.reduce((a, b) => a + b, 0), "elapsed", Math.round((loop.time() - t0) * 100) / 100);
}
asyncio.run(main());
