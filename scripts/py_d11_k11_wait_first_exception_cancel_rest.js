const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function job(name, d, fail = false) {
  try {
    await asyncio.sleep(d);
    if (fail) {
      print(name, "failing");
      throw new ValueError(name);
    }
    print(name, "ok");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print(name, "cancelled", R(e.message));
      await asyncio.sleep(0.02);
      print(name, "cleanup finished");
    }
    throw e;
  }
}
const names = (s) => "[" + [...s].map((t) => `'${t.get_name()}'`).sort().join(", ") + "]";
const states = (ts) => "[" + ts.map((t) => `('${t.get_name()}', ${B(t.done())}, ${B(t.cancelled())})`).join(", ") + "]";
async function main() {
  const loop = asyncio.get_running_loop();
  let t0 = loop.time();
  const el = () => Math.round((loop.time() - t0) * 100) / 100;
  let tasks = [["a", 0.05, false], ["b", 0.1, true], ["c", 0.3, false], ["d", 0.5, false]].map(([n, d, f]) => asyncio.create_task(job(n, d, f), { name: n }));
  let [done, pending] = await asyncio.wait(tasks, { return_when: asyncio.FIRST_EXCEPTION });
  print("wait returned at", el(), names(done), names(pending));
  for (const t of [...pending].sort((x, y) => (x.get_name() < y.get_name() ? -1 : 1))) t.cancel("rest");
  print("states right after cancel", states(tasks));
  const res = await asyncio.gather(...pending, { return_exceptions: true });
  print("pending results", "[" + res.map((r) => `'${r.constructor.name}'`).sort().join(", ") + "]");
  print("states", states(tasks), el());
  for (const t of tasks) {
    if (t.cancelled()) print(t.get_name(), "cancelled");
    else if (t.exception()) print(t.get_name(), "exc", `${t.exception().name}('${t.exception().message}')`);
    else print(t.get_name(), "result", t.result());
  }
  t0 = loop.time();
  tasks = [["e", 0.1], ["f", 0.2]].map(([n, d]) => asyncio.create_task(job(n, d)));
  [done, pending] = await asyncio.wait(tasks, { timeout: 0.15, return_when: asyncio.FIRST_EXCEPTION });
  print("timeout wait", el(), done.size, pending.size);
  for (const t of pending) t.cancel();
  const [done2, pending2] = await asyncio.wait(pending);
  print("after cancel wait", el(), done2.size, pending2.size, "[" + [...done2].map((t) => B(t.cancelled())).join(", ") + "]");
  tasks = [["g", 0.2], ["h", 0.3]].map(([n, d]) => asyncio.create_task(job(n, d)));
  const w = asyncio.create_task(asyncio.wait(tasks, { return_when: asyncio.FIRST_EXCEPTION }));
  await asyncio.sleep(0.05);
  w.cancel();
  try {
    await w;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("wait task cancelled; children", "[" + tasks.map((t) => B(t.cancelled() || t.done())).join(", ") + "]");
  }
  print((await asyncio.gather(...tasks)).join(" "));
}
await asyncio.run(main());
