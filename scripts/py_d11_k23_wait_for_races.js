const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
const work = asyncio.coroutine(async function work(name, d, { unwind = 0.0, v = null } = {}) {
  try {
    await asyncio.sleep(d);
    print(name, "completed");
    return v || name;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(name, "cancelled", R(e.message));
    if (unwind) {
      await asyncio.sleep(unwind);
      print(name, "unwound");
    }
    throw e;
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  let t0 = loop.time();
  const el = () => Math.round((loop.time() - t0) * 100) / 100;
  try {
    await asyncio.wait_for(work("a", 1, { unwind: 0.2 }), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("1 TimeoutError at", el());
  }
  async function caller() {
    try {
      return await asyncio.wait_for(work("b", 1, { unwind: 0.2 }), 0.1);
    } catch (e) {
      if (e instanceof asyncio.TimeoutError) {
        print("2 caller TimeoutError at", el());
        await asyncio.sleep(0);
        return "after timeout";
      }
      if (e instanceof asyncio.CancelledError) print("2 caller CancelledError", R(e.message), "at", el());
      throw e;
    }
  }
  t0 = loop.time();
  let c = asyncio.create_task(caller());
  await asyncio.sleep(0.15);
  c.cancel("mid-unwind");
  try {
    print("2 result", await c);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("2 cancelled", R(e.message), B(c.cancelled()), "at", el());
  }
  t0 = loop.time();
  const inner = asyncio.create_task(work("c", 0.1, { v: "c-val" }));
  async function caller3() {
    try {
      return await asyncio.wait_for(inner, 1);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("3 caller cancelled");
      throw e;
    }
  }
  c = asyncio.create_task(caller3());
  const c3 = c;
  loop.call_later(0.1, () => c3.cancel());
  try {
    print("3 result", await c, "cancelled", B(c.cancelled()));
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("3 caller ended cancelled; inner", B(inner.done()), B(inner.cancelled()));
  }
  t0 = loop.time();
  try {
    await asyncio.wait_for(asyncio.gather(work("d", 0.05), work("e", 1), work("f", 1)), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("4 TimeoutError at", el());
  }
  t0 = loop.time();
  try {
    await asyncio.wait_for(asyncio.wait_for(work("g", 1), 0.1), 0.5);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("5 TimeoutError at", el());
  }
  t0 = loop.time();
  try {
    await asyncio.wait_for(asyncio.wait_for(work("h", 1), 0.5), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("6 TimeoutError at", el());
  }
}
await asyncio.run(main());
