const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function leaf(path, seconds) {
  try {
    await asyncio.sleep(seconds);
    print(el(), path, "leaf done");
    return 1;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), path, "leaf cancelled");
    throw e;
  } finally {
    print(el(), path, "leaf cleanup");
  }
}

async function branch(path, n, seconds) {
  try {
    const kids = [];
    for (let i = 0; i < n; i++) kids.push(asyncio.create_task(leaf(`${path}.${i}`, seconds * (i + 1))));
    const results = await asyncio.gather(...kids);
    print(el(), path, "branch done");
    return results.reduce((x, y) => x + y, 0);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), path, "branch cancelled");
    throw e;
  } finally {
    print(el(), path, "branch cleanup");
  }
}

async function root() {
  try {
    const a = asyncio.create_task(branch("A", 2, 0.1));
    const b = asyncio.create_task(branch("B", 2, 0.4));
    return (await a) + (await b);
  } finally {
    print(el(), "root cleanup");
  }
}

async function main() {
  const r = asyncio.create_task(root(), { name: "root" });
  await asyncio.sleep(0.5);
  print(el(), "main: cancelling root");
  r.cancel();
  try {
    await r;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(el(), "main: root cancelled =", r.cancelled() ? "True" : "False");
  }
  print(el(), "leftover tasks:", asyncio.all_tasks().size - 1);
}

await asyncio.run(main());
