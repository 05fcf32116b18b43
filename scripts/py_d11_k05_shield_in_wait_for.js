const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
const important = asyncio.coroutine(async function important(v, d) {
  try {
    print("important", v, "start");
    await asyncio.sleep(d);
    print("important", v, "finished");
    return v * 10;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("important", v, "cancelled", R(e.message));
    throw e;
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  let t0 = loop.time();
  const el = () => Math.round((loop.time() - t0) * 100) / 100;
  let inner = asyncio.create_task(important(1, 0.3));
  try {
    await asyncio.wait_for(asyncio.shield(inner), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timeout at", el(), "inner done", B(inner.done()), "cancelled", B(inner.cancelled()));
  }
  print("inner result later", await inner, "at", el());
  async function caller() {
    try {
      return await asyncio.wait_for(asyncio.shield(important(2, 0.3)), 1);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("caller cancelled", R(e.message), "at", el());
      throw e;
    }
  }
  t0 = loop.time();
  const c = asyncio.create_task(caller());
  await asyncio.sleep(0.1);
  c.cancel("stop caller");
  try {
    await c;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("main: caller cancelled", B(c.cancelled()), R(e.message));
  }
  await asyncio.sleep(0.3);
  print("after wait", el());
  inner = asyncio.create_task(important(3, 0.2));
  let sh = asyncio.shield(inner);
  await asyncio.sleep(0.05);
  print("cancel shield ->", B(sh.cancel("sh-msg")));
  try {
    await sh;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("shield raised", R(e.message), "inner cancelled", B(inner.cancelled()));
  }
  print("inner", await inner);
  inner = asyncio.create_task(important(4, 0.2));
  sh = asyncio.shield(inner);
  await asyncio.sleep(0.05);
  inner.cancel("inner-msg");
  try {
    await sh;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("shield after inner cancel raised", R(e.message), B(sh.cancelled()));
  }
}
await asyncio.run(main());
