class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function bad(n, d) {
  await asyncio.sleep(d);
  print("raising", n);
  throw new ValueError(`e${n}`);
}
async function stubborn() {
  try {
    await asyncio.sleep(5);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print("stubborn cancelled, cleaning up");
      await asyncio.sleep(0.2);
      print("stubborn cleanup done");
      throw new ValueError("cleanup failed");
    }
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(bad(1, 0.1));
      tg.create_task(bad(2, 0.1));
      tg.create_task(stubborn());
      tg.create_task(bad(3, 0.3));
    });
  } catch (eg) {
    if (eg instanceof AggregateError) print("errors:", "[" + eg.errors.map((e) => `'${e.message}'`).sort().join(", ") + "]", (loop.time() - t0).toFixed(1)); else throw eg;
  }
}
await asyncio.run(main());
