const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";

const DURATIONS = { img1: 0.1, img2: 0.21, img3: 0.6, img4: 0.12, img5: 0.2 };

const resize = asyncio.coroutine(async function (name) {
  print(el(), "resize", name, "start");
  try {
    await asyncio.sleep(DURATIONS[name]);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), "resize", name, "interrupted");
    throw e;
  }
  print(el(), "resize", name, "ok");
  return name.toUpperCase();
});

async function limited(sem, name, per_item) {
  return await sem.with(async () => await asyncio.wait_for(resize(name), per_item));
}

async function batch(names, per_item) {
  const sem = new asyncio.Semaphore(2);
  const tasks = [];
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      for (const n of names) tasks.push(tg.create_task(limited(sem, n, per_item), { name: n }));
    });
    return tasks.map(t => t.result());
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    const timeouts = eg.errors.filter(e => e instanceof asyncio.TimeoutError);
    if (timeouts.length === 0) throw eg;
    print(el(), "batch failed with", timeouts.length, "timeout(s)");
    return tasks.map(t => t.cancelled() ? "cancelled" : t.exception() ? "timeout" : t.result());
  }
}

async function main() {
  print(el(), "first:", pylist(await batch(["img1", "img2", "img4", "img5"], 0.5)));
  print(el(), "second:", pylist(await batch(["img1", "img3", "img2"], 0.3)));
}

await asyncio.run(main());
