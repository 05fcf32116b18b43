// wait_for around queue.get, semaphore.acquire and event.wait: timeouts leave the primitives consistent
async function main() {
  const q = new asyncio.Queue();
  const sem = new asyncio.Semaphore(1);
  const evt = new asyncio.Event();
  try {
    await asyncio.wait_for(q.get(), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("get timed out", q.qsize(), (time.perf_counter() - t0).toFixed(1));
  }
  await sem.acquire();
  try {
    await asyncio.wait_for(sem.acquire(), { timeout: 0.1 });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("acquire timed out", sem.locked());
  }
  sem.release();
  print("free again", sem.locked());
  asyncio.get_running_loop().call_later(0.05, () => evt.set());
  asyncio.get_running_loop().call_later(0.15, (x) => q.put_nowait(x), "late item");
  print("event:", (await asyncio.wait_for(evt.wait(), 1)) ? "True" : "False", Math.round((time.perf_counter() - t0) * 100) / 100);
  print("item:", await asyncio.wait_for(q.get(), 1), Math.round((time.perf_counter() - t0) * 100) / 100);
}

const t0 = time.perf_counter();
await asyncio.run(main());
