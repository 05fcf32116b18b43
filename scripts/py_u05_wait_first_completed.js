const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";

class OSError extends Error {
  constructor(m) { super(m); this.name = "OSError"; }
}

async function mirror(name, delay, ok = true) {
  try {
    await asyncio.sleep(delay);
    if (!ok) throw new OSError(`${name} unreachable`);
    print(el(), name, "responded");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), name, "aborted");
    throw e;
  } finally {
    print(el(), name, "closed connection");
  }
}

async function race(specs) {
  let tasks = new Set(specs.map(s => asyncio.create_task(mirror(...s), { name: s[0] })));
  let winner = null;
  while (tasks.size && winner === null) {
    let done;
    [done, tasks] = await asyncio.wait(tasks, { return_when: asyncio.FIRST_COMPLETED });
    for (const t of [...done].sort((a, b) => a.get_name() < b.get_name() ? -1 : 1)) {
      if (t.exception() !== null) print(el(), "failed:", t.get_name(), t.exception().message);
      else winner = t.result();
    }
  }
  for (const t of tasks) t.cancel();
  if (tasks.size) await asyncio.wait(tasks);
  print(el(), "cancelled:", pylist([...tasks].filter(t => t.cancelled()).map(t => t.get_name()).sort()));
  return winner;
}

async function main() {
  let w = await race([["eu", 0.3], ["us", 0.1, false], ["asia", 0.2], ["au", 0.5]]);
  print(el(), "winner", w);
  w = await race([["x", 0.1, false], ["y", 0.1, false]]);
  print(el(), "winner", w === null ? "None" : w);
}

await asyncio.run(main());
