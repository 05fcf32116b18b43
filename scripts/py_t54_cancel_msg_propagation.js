const q = (e) => "'" + e.message + "'";
async function leaf(tag) {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(tag, "leaf got", q(e));
    throw e;
  }
}
async function middle() {
  try {
    await asyncio.create_task(leaf("task"));
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("middle got", q(e));
    throw e;
  }
}
async function via_gather() {
  try {
    await asyncio.gather(leaf("g1"), leaf("g2"));
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("via_gather got", q(e));
    throw e;
  }
}
async function main() {
  for (const [fn, msg] of [[middle, "m1"], [via_gather, "m2"]]) {
    const t = asyncio.create_task(fn());
    await asyncio.sleep(0.1);
    t.cancel(msg);
    try {
      await t;
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("main got", q(e)); else throw e;
    }
  }
  const g = asyncio.gather(leaf("direct"));
  await asyncio.sleep(0.1);
  g.cancel("m3");
  try {
    await g;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main got from gather", q(e)); else throw e;
  }
}
await asyncio.run(main());
