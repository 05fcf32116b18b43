const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => typeof x === "boolean" ? (x ? "True" : "False") : `'${x}'`).join(", ") + "]";

async function step(name, secs, fail = false) {
  await asyncio.sleep(secs);
  if (fail) throw new asyncio.RuntimeError(`${name} failed`);
  return name;
}

function names(ts) { return pylist([...ts].map(t => t.get_name()).sort()); }

async function main() {
  // 1. wait with a timeout: some done, some pending; keep waiting on the rest
  let tasks = [1, 2, 3, 4, 5].map(i => asyncio.create_task(step(`s${i}`, 0.1 * i), { name: `s${i}` }));
  let [done, pending] = await asyncio.wait(tasks, { timeout: 0.25 });
  print(el(), "round 1 done", names(done), "pending", names(pending));
  let done2;
  [done2, pending] = await asyncio.wait(pending, { timeout: 0.2 });
  print(el(), "round 2 done", names(done2), "pending", names(pending));
  for (const t of pending) t.cancel();
  let done3;
  [done3, pending] = await asyncio.wait(pending);
  print(el(), "round 3 done", names(done3), "cancelled:", pylist([...done3].map(t => t.cancelled())));

  // 2. FIRST_EXCEPTION: stop at the first failure, inspect, cancel the rest
  tasks = [asyncio.create_task(step("a", 0.1), { name: "a" }),
           asyncio.create_task(step("b", 0.2, true), { name: "b" }),
           asyncio.create_task(step("c", 0.3), { name: "c" })];
  [done, pending] = await asyncio.wait(tasks, { return_when: asyncio.FIRST_EXCEPTION });
  print(el(), "first exception: done", names(done), "pending", names(pending));
  for (const t of [...done].sort((a, b) => a.get_name() < b.get_name() ? -1 : 1)) {
    print("   ", t.get_name(), "->", t.exception() ? t.exception().message : t.result());
  }
  for (const t of pending) t.cancel();
  await asyncio.gather(...pending, { return_exceptions: true });

  // 3. FIRST_EXCEPTION with no failure behaves like ALL_COMPLETED
  tasks = [["x", 0.1], ["y", 0.2]].map(([n, s]) => asyncio.create_task(step(n, s), { name: n }));
  [done, pending] = await asyncio.wait(tasks, { return_when: asyncio.FIRST_EXCEPTION });
  print(el(), "no failure: done", names(done), "pending", names(pending));

  // 4. timeout that expires with nothing done
  const t = asyncio.create_task(step("slow", 0.3), { name: "slow" });
  [done, pending] = await asyncio.wait([t], { timeout: 0.1 });
  print(el(), "nothing done:", done.size, pending.size, "task still running:", !t.done() ? "True" : "False");
  print(el(), "finally:", await t);
}

await asyncio.run(main());
