const P = (v) => (v === true ? "True" : v === false ? "False" : v === null ? "None" : v);
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => { const v = Math.round((loop.time() - t0) * 100) / 100; return Number.isInteger(v) ? v.toFixed(1) : String(v); };
  for (const [label, make] of [["timeout('1')", () => asyncio.timeout("1")],
                               ["timeout([1])", () => asyncio.timeout([1])]]) {
    try {
      const cm = make();
      print(label, "made");
      await cm.with(async () => { await asyncio.sleep(0.01); });
      print(label, "entered and left");
    } catch (e) {
      print(label, e.name);
    }
  }
  for (const d of [-1, 0]) {
    try {
      await asyncio.timeout(d).with(async () => {
        print("body runs with", d);
        await asyncio.sleep(0.01);
        print("not reached");
      });
    } catch (e) {
      if (e instanceof asyncio.TimeoutError) print("timeout", d, e.name, el()); else throw e;
    }
  }
  let cm = asyncio.timeout(null);
  await cm.with(async () => { await asyncio.sleep(0.01); });
  print("None never expires", P(cm.expired()), P(cm.when()));
  await asyncio.timeout(0.05).with(async (cm2) => {
    cm = cm2;
    try {
      cm.reschedule("x");
    } catch (e) {
      if (e instanceof TypeError) print("reschedule('x')", e.name); else throw e;
    }
    await asyncio.sleep(0.01);
  });
  print("after reschedule attempt", P(cm.expired()));
  cm = asyncio.timeout(1);
  await cm.with(async () => {
    try {
      await cm.with(async () => {});
    } catch (e) {
      if (e instanceof asyncio.RuntimeError) print("nested re-enter:", e.name, e.message); else throw e;
    }
  });
  print("done", el());
}
await asyncio.run(main());
