// wait_for around a gather: timeout cancels every child, the children see CancelledError
async function fetch(i, delay) {
  try {
    await asyncio.sleep(delay);
    print("fetched", i);
    return i;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print("fetch", i, "cancelled at", (time.perf_counter() - t0).toFixed(1));
    }
    throw e;
  }
}

async function main() {
  try {
    const r = await asyncio.wait_for(asyncio.gather(fetch(1, 0.1), fetch(2, 0.5), fetch(3, 0.2)), { timeout: 0.3 });
    print("got", r);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timed out at", (time.perf_counter() - t0).toFixed(1));
  }
  const r = await asyncio.wait_for(asyncio.gather(fetch(4, 0.1), fetch(5, 0.2)), { timeout: 1 });
  print("got", ...r, (time.perf_counter() - t0).toFixed(1));
}

const t0 = time.perf_counter();
await asyncio.run(main());
