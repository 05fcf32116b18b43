async function job(i, d) {
  try {
    await asyncio.sleep(d);
    print(`job ${i} finished`);
    return i;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`job ${i} cancelled`);
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  try {
    await asyncio.timeout(0.25).with(async () => {
      const res = await asyncio.gather(job(1, 0.1), job(2, 0.2), job(3, 0.3));
      print("results", "[" + res.join(", ") + "]");
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("timed out at", (loop.time() - t0).toFixed(1));
    else throw e;
  }
  try {
    const res = await asyncio.wait_for(asyncio.gather(job(4, 0.1), job(5, 0.2)), {timeout: 0.3});
    print("results", "[" + res.join(", ") + "]", (loop.time() - t0).toFixed(1));
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("second timed out");
    else throw e;
  }
  const tasks = [6, 7, 8].map((i) => asyncio.create_task(job(i, 0.1 * i)));
  const [done, pending] = await asyncio.wait(tasks, {timeout: 0.75});
  print("done", "[" + [...done].map((t) => t.result()).sort().join(", ") + "]", "pending", pending.size, Math.round((loop.time() - t0) * 100) / 100);
  for (const t of pending) t.cancel();
  await asyncio.sleep(0);
  print("end", Math.round((loop.time() - t0) * 100) / 100);
}
asyncio.run(main());
