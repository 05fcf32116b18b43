const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";

class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class CleanupError extends Error { constructor(m) { super(m); this.name = "CleanupError"; } }

async function job(name, secs, fail = null, cleanup_error = false) {
  try {
    await asyncio.sleep(secs);
    if (fail) throw fail;
    print(el(), name, "ok");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print(el(), name, "cancelled");
      if (cleanup_error) throw new CleanupError(`${name} failed to clean up`);
    }
    throw e;
  }
}

async function scenario(label, limit, specs) {
  print(el(), "--", label);
  try {
    await asyncio.timeout(limit).with(async () => {
      await new asyncio.TaskGroup().with(async (tg) => {
        for (const s of specs) tg.create_task(job(...s));
      });
    });
    print(el(), label, "completed");
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print(el(), label, "-> TimeoutError");
    else if (e instanceof AggregateError) {
      // except* ValueError, then except* CleanupError
      const v = e.errors.filter(x => x instanceof ValueError);
      const o = e.errors.filter(x => x instanceof CleanupError);
      const rest = e.errors.filter(x => !(x instanceof ValueError) && !(x instanceof CleanupError));
      if (v.length) print(el(), label, "-> ValueError group", pylist(v.map(x => x.message)));
      if (o.length) print(el(), label, "-> CleanupError group", pylist(o.map(x => x.message)));
      if (rest.length) throw e;
    } else throw e;
  }
  print(el(), label, "cancelling() =", asyncio.current_task().cancelling());
}

async function main() {
  await scenario("all fast", 0.5, [["a", 0.1], ["b", 0.2]]);
  await scenario("too slow", 0.17, [["a", 0.1], ["b", 0.3]]);
  await scenario("child fails first", 0.3, [["a", 0.1, new ValueError("a bad")], ["b", 0.4]]);
  await scenario("cleanup error on timeout", 0.15, [["a", 0.3, null, true]]);
  await scenario("two failures", 0.5, [["a", 0.1, new ValueError("v")], ["b", 0.1, new CleanupError("o")], ["c", 0.2]]);
}

await asyncio.run(main());
