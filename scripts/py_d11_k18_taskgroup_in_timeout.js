const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function child(name, d, { cleanup = 0, fail_in_cleanup = false } = {}) {
  try {
    await asyncio.sleep(d);
    print(name, "done");
    return name;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(name, "cancelled", R(e.message), "cancelling", asyncio.current_task().cancelling());
    if (cleanup) {
      await asyncio.sleep(cleanup);
      print(name, "cleanup done");
    }
    if (fail_in_cleanup) throw new ValueError(name + " cleanup");
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  let t0 = loop.time();
  const el = () => Math.round((loop.time() - t0) * 100) / 100;
  let cm;
  try {
    cm = asyncio.timeout(0.1);
    await cm.with(async () => {
      await new asyncio.TaskGroup().with(async (tg) => {
        tg.create_task(child("a", 0.05));
        tg.create_task(child("b", 0.5, { cleanup: 0.05 }));
        print("body waiting");
      });
      print("not reached");
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("1 TimeoutError at", el(), B(cm.expired()), "cancelling", asyncio.current_task().cancelling());
  }
  t0 = loop.time();
  try {
    cm = asyncio.timeout(0.1);
    await cm.with(async () => {
      await new asyncio.TaskGroup().with(async (tg) => {
        tg.create_task(child("c", 0.5, { cleanup: 0.02, fail_in_cleanup: true }));
        tg.create_task(asyncio.sleep(0.5));
      });
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("2 TimeoutError at", el());
    else if (e instanceof AggregateError) print("2 ExceptionGroup at", el(), "[" + e.errors.map((x) => R(x.message)).join(", ") + "]", "expired", B(cm.expired()), "cancelling", asyncio.current_task().cancelling());
    else throw e;
  }
  async function bounded(name, d, limit) {
    try {
      return await asyncio.timeout(limit).with(async () => {
        await asyncio.sleep(d);
        return name + " in time";
      });
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      return name + " timed out";
    }
  }
  t0 = loop.time();
  let x, y;
  await new asyncio.TaskGroup().with(async (tg) => {
    x = tg.create_task(bounded("x", 0.05, 0.1));
    y = tg.create_task(bounded("y", 0.5, 0.1));
  });
  print("3", x.result(), "|", y.result(), el());
  async function grouped() {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(child("e", 0.5));
      tg.create_task(child("f", 0.5));
    });
    return "grouped done";
  }
  t0 = loop.time();
  try {
    await asyncio.wait_for(grouped(), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("4 wait_for TimeoutError at", el());
  }
  t0 = loop.time();
  try {
    await asyncio.timeout(0.1).with(async () => {
      await new asyncio.TaskGroup().with(async (tg) => {
        tg.create_task(child("g", 0.01));
        await asyncio.sleep(1);
      });
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("5 TimeoutError at", el());
  }
}
await asyncio.run(main());
