const B = (x) => (x ? "True" : "False");
async function main() {
  const loop = asyncio.get_running_loop();
  let t0 = loop.time();
  const el = () => Math.round((loop.time() - t0) * 100) / 100;
  let cm;
  // shrink the deadline while inside
  try {
    cm = asyncio.timeout(10);
    await cm.with(async (cm) => {
      print("when set", B(cm.when() !== null && cm.when() !== undefined), "expired", B(cm.expired()));
      await asyncio.sleep(0.1);
      cm.reschedule(loop.time() + 0.05);
      print("rescheduled at", el());
      await asyncio.sleep(1);
      print("not reached");
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("A timeout at", el(), "expired", B(cm.expired()), e.cause ? e.cause.constructor.name : "None");
  }
  // extend the deadline
  t0 = loop.time();
  cm = asyncio.timeout(0.1);
  await cm.with(async (cm) => {
    cm.reschedule(loop.time() + 0.5);
    await asyncio.sleep(0.3);
    print("B survived", el(), "expired", B(cm.expired()));
  });
  // disable with reschedule(None)
  t0 = loop.time();
  cm = asyncio.timeout(0.1);
  await cm.with(async (cm) => {
    cm.reschedule(null);
    print("when now", cm.when() == null ? "None" : cm.when());
    await asyncio.sleep(0.3);
  });
  print("C survived", el(), B(cm.expired()));
  // reschedule into the past
  t0 = loop.time();
  try {
    cm = asyncio.timeout(5);
    await cm.with(async (cm) => {
      await asyncio.sleep(0.1);
      cm.reschedule(loop.time() - 1);
      print("after past reschedule, before await");
      await asyncio.sleep(0);
      print("not reached");
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("D timeout at", el(), B(cm.expired()));
  }
  // reschedule after expiry -> error
  try {
    cm.reschedule(loop.time() + 1);
  } catch (e) {
    if (!(e instanceof asyncio.RuntimeError)) throw e;
    print("E", e.name, e.message);
  }
  // timeout_at
  t0 = loop.time();
  try {
    cm = asyncio.timeout_at(loop.time() + 0.2);
    await cm.with(async (cm) => {
      await asyncio.sleep(0.1);
      print("F mid", el());
      await asyncio.sleep(0.5);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("F timeout at", el(), B(cm.expired()));
  }
}
await asyncio.run(main());
