const B = (x) => (x ? "True" : "False");
async function child(n, d) {
  try {
    await asyncio.sleep(d);
    return n;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("child", n, "cancelled");
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => Math.round((loop.time() - t0) * 100) / 100;
  const cm = asyncio.timeout(null);
  try {
    await cm.with(async () => {
      print("when", cm.when() ?? "None");
      await new asyncio.TaskGroup().with(async (tg) => {
        tg.create_task(child(1, 0.2));
        tg.create_task(child(2, 0.6));
        await asyncio.sleep(0.1);
        cm.reschedule(loop.time() + 0.3);
        print("rescheduled at", el());
      });
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError at", el(), "expired", B(cm.expired()));
  }
  const cm2 = asyncio.timeout(0.2);
  try {
    await cm2.with(async () => {
      await new asyncio.TaskGroup().with(async (tg) => {
        async function extender() {
          await asyncio.sleep(0.1);
          cm2.reschedule(cm2.when() + 0.5);
          print("extended at", el());
        }
        tg.create_task(extender());
        tg.create_task(child(3, 0.4));
      });
    });
    print("finished at", el(), "expired", B(cm2.expired()));
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError2 at", el());
  }
  const cm3 = asyncio.timeout(10);
  try {
    await cm3.with(async () => {
      cm3.reschedule(loop.time() - 1);
      print("rescheduled to the past");
      await asyncio.sleep(0);
      print("not reached");
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError3 at", el());
  }
  async function at_child() {
    try {
      await asyncio.timeout_at(loop.time() + 0.1).with(async () => { await asyncio.sleep(1); });
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      return "at-timeout";
    }
  }
  let r;
  await new asyncio.TaskGroup().with(async (tg) => { r = tg.create_task(at_child()); });
  print("at_child ->", r.result(), el());
}
await asyncio.run(main());
