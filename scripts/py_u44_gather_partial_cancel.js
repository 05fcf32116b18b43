const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pybool = (b) => b ? "True" : "False";

async function fetch(url, secs) {
  try {
    await asyncio.sleep(secs);
    return `<${url}>`;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), "fetch", url, "cancelled");
    throw e;
  }
}

async function main() {
  let tasks = [["a", 0.1], ["b", 0.3], ["c", 0.2], ["d", 0.4]].map(([u, s]) => asyncio.create_task(fetch(u, s), { name: u }));
  let g = asyncio.gather(...tasks, { return_exceptions: true });

  async function canceller() {
    await asyncio.sleep(0.16);
    tasks[1].cancel();          // user stops one download
    await asyncio.sleep(0.1);
    tasks[3].cancel("too slow");
  }

  asyncio.create_task(canceller());
  const res = await g;
  tasks.forEach((t, i) => {
    const r = res[i];
    print(el(), t.get_name(), "->", r instanceof Error ? `${r.name}('${r.message}',)` : `'${r}'`);
  });

  // without return_exceptions, a cancelled child makes gather raise CancelledError
  tasks = [["x", 0.1], ["y", 0.2]].map(([u, s]) => asyncio.create_task(fetch(u, s)));
  g = asyncio.gather(...tasks);
  asyncio.get_running_loop().call_later(0.05, () => tasks[1].cancel());
  try {
    await g;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(el(), "gather raised CancelledError; gather cancelled()?", pybool(g.cancelled()), "x done?", pybool(tasks[0].done()));
  }
  const ts = el();
  print(ts, "x result", await tasks[0]);
  print(el(), "current task cancelling:", asyncio.current_task().cancelling());
}

await asyncio.run(main());
