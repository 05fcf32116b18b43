let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
const child = asyncio.coroutine(async function (tg, name, depth, steps) {
  for (let i = 0; i < steps; i++) {
    log(name, "step", i);
    if (depth > 0 && i === 0) tg.create_task(child(tg, name + "+", depth - 1, steps));
    await asyncio.sleep(0);
  }
  log(name, "end");
});
const main = asyncio.coroutine(async function () {
  t0 = asyncio.get_running_loop().time();
  await new asyncio.TaskGroup().with(async (tg) => {
    tg.create_task(child(tg, "a", 2, 2));
    tg.create_task(child(tg, "b", 1, 3));
    log("main", "body end");
  });
  log("main", "group exited");
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(child(tg, "c", 0, 3));
      tg.create_task(child(tg, "d", 0, 5));
      await asyncio.sleep(0);
      log("main", "raising");
      throw new ValueError("boom");
    });
  } catch (eg) {
    log("main", "caught", "[" + eg.errors.map((e) => "'" + e.message + "'").join(", ") + "]");
  }
});
await asyncio.run(main());
