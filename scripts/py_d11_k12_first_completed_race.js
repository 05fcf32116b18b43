const L = (a) => "[" + a.map((x) => `'${x}'`).join(", ") + "]";
const R = (s) => "'" + s + "'";
async function racer(name, d) {
  try {
    await asyncio.sleep(d);
    print(name, "finished");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled, cancelling", asyncio.current_task().cancelling());
    throw e;
  } finally {
    print(name, "finally");
  }
}
async function race(specs, { timeout = null } = {}) {
  const tasks = specs.map(([n, d]) => asyncio.create_task(racer(n, d), { name: n }));
  let done;
  try {
    [done] = await asyncio.wait(tasks, { timeout, return_when: asyncio.FIRST_COMPLETED });
  } finally {
    for (const t of tasks) if (!t.done()) t.cancel();
    await asyncio.gather(...tasks, { return_exceptions: true });
  }
  if (done.size === 0) return "None";
  return L([...done].map((t) => t.result()).sort());
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => Math.round((loop.time() - t0) * 100) / 100;
  print("race1", await race([["a", 0.3], ["b", 0.1], ["c", 0.2]]), el());
  print("race2 tie", await race([["x", 0.1], ["y", 0.1], ["z", 0.3]]), el());
  print("race3 timeout", await race([["p", 0.5], ["q", 0.6]], { timeout: 0.1 }), el());
  const rt = asyncio.create_task(race([["m", 0.5], ["n", 0.6]]));
  await asyncio.sleep(0.1);
  rt.cancel("abort race");
  try {
    await rt;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("race4 cancelled", R(e.message), el());
  }
  let tasks = new Set([["r1", 0.3], ["r2", 0.1], ["r3", 0.2]].map(([n, d]) => asyncio.create_task(racer(n, d))));
  const order = [];
  while (tasks.size) {
    let done;
    [done, tasks] = await asyncio.wait(tasks, { return_when: asyncio.FIRST_COMPLETED });
    for (const t of done) order.push(t.result());
    print("round at", el(), "left", tasks.size);
  }
  print("order", L(order));
}
await asyncio.run(main());
