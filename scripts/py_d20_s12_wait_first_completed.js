// wait(FIRST_COMPLETED) in a loop until all done; cancel the stragglers on a deadline
async function fetch_(name, d) {
  try {
    await asyncio.sleep(d);
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("cancelled", name);
    throw e;
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  let pending = new Set([0.3, 0.1, 0.5, 0.2, 0.9].map((d, i) => asyncio.create_task(fetch_(`n${i}`, d), { name: `n${i}` })));
  const byName = (a, b) => (a.get_name() < b.get_name() ? -1 : 1);
  while (pending.size) {
    let done;
    [done, pending] = await asyncio.wait(pending, { timeout: 0.6 - (loop.time() - t0), return_when: asyncio.FIRST_COMPLETED });
    if (!done.size) {
      print("deadline at", Math.round((loop.time() - t0) * 100) / 100, "pending", pending.size);
      for (const t of [...pending].sort(byName)) {
        t.cancel();
      }
      await asyncio.wait(pending);
      break;
    }
    for (const t of [...done].sort(byName)) {
      print("done", t.result(), Math.round((loop.time() - t0) * 100) / 100);
    }
  }
}

await asyncio.run(main());
