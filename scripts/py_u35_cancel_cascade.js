const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";
const pybool = (b) => b ? "True" : "False";

async function leaf(name, secs) {
  try {
    await asyncio.sleep(secs);
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), "leaf", name, "cancelled");
    throw e;
  } finally {
    print(el(), "leaf", name, "finally");
  }
}

async function branch(name) {
  const detached = asyncio.create_task(leaf(name + ".detached", 0.3), { name: name + ".detached" });
  let sub;
  try {
    sub = asyncio.create_task(leaf(name + ".awaited", 1), { name: name + ".awaited" });
    const r = await sub;
    return r;
  } catch (e) {
    if (e instanceof asyncio.CancelledError)
      print(el(), "branch", name, "cancelled; awaited child cancelled?", pybool(sub.cancelled()), "detached done?", pybool(detached.done()));
    throw e;
  }
}

async function root() {
  try {
    await asyncio.gather(branch("b1"), leaf("r.leaf", 1));
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), "root cancelled");
    throw e;
  }
}

async function main() {
  const r = asyncio.create_task(root(), { name: "root" });
  await asyncio.sleep(0.1);
  const names = (ts) => pylist([...ts].map(t => t.get_name()).sort());
  print(el(), "tasks alive:", names(asyncio.all_tasks()));
  r.cancel();
  try {
    await r;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(el(), "root done, cancelled:", pybool(r.cancelled()));
  }
  await asyncio.sleep(0);
  print(el(), "still alive:", names([...asyncio.all_tasks()].filter(t => t !== asyncio.current_task())));
  await asyncio.sleep(0.3);
  print(el(), "end");
}

await asyncio.run(main());
