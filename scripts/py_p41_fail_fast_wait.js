const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

class KeyError extends Error {
  constructor(msg) { super(msg); this.name = "KeyError"; }
}

async function shard(i, secs, fail = false) {
  try {
    await asyncio.sleep(secs);
    if (fail) throw new KeyError(`shard ${i} corrupt`);
    print(el(), "shard", i, "loaded");
    return i;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), "shard", i, "aborted");
    throw e;
  }
}

async function main() {
  const tasks = [[0.1, false], [0.5, false], [0.2, true], [0.7, false]].map(([s, f], i) => asyncio.create_task(shard(i, s, f)));
  const [done, pending] = await asyncio.wait(tasks, { return_when: asyncio.FIRST_EXCEPTION });
  print(el(), "done", done.size, "pending", pending.size);
  const failed = tasks.filter(t => done.has(t) && t.exception() !== null);
  for (const t of failed) print(el(), "failure:", `KeyError('${t.exception().message}')`);
  for (const t of tasks) if (pending.has(t)) t.cancel();
  await asyncio.wait(pending);
  print(el(), "states", "[" + tasks.map(t => `'${t.cancelled() ? "cancelled" : (t.exception() ? "error" : "ok")}'`).join(", ") + "]");
}

await asyncio.run(main());
