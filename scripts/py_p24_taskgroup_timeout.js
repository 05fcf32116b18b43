const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";

async function fetch(name, seconds) {
  try {
    await asyncio.sleep(seconds);
    print(el(), name, "done");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), name, "cancelled");
    throw e;
  }
}

async function batch(label, specs, limit) {
  const tasks = [];
  try {
    await asyncio.timeout(limit).with(async () => {
      await new asyncio.TaskGroup().with(async (tg) => {
        for (const [n, s] of specs) tasks.push(tg.create_task(fetch(n, s)));
      });
    });
    print(el(), label, "ok:", pylist(tasks.map(t => t.result())));
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    const finished = tasks.filter(t => t.done() && !t.cancelled()).map(t => t.result());
    print(el(), label, "timed out; finished:", pylist(finished));
  }
}

async function main() {
  await batch("b1", [["a", 0.1], ["b", 0.2]], 0.5);
  await batch("b2", [["c", 0.1], ["d", 0.4], ["e", 0.6]], 0.3);
  // nested structure: group inside group
  async function sub(tag) {
    await new asyncio.TaskGroup().with(async (inner) => {
      inner.create_task(fetch(tag + "1", 0.1));
      inner.create_task(fetch(tag + "2", 0.2));
    });
    return tag;
  }
  let x, y;
  await new asyncio.TaskGroup().with(async (outer) => {
    x = outer.create_task(sub("x"));
    y = outer.create_task(sub("y"));
  });
  print(el(), "nested:", x.result(), y.result());
}

await asyncio.run(main());
