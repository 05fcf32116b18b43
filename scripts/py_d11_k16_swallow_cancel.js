const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
async function swallower(name) {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(name, "swallowed", R(e.message), "cancelling", asyncio.current_task().cancelling());
  }
  print(name, "continues");
  await asyncio.sleep(0.05);
  print(name, "returns");
  return name + "-value";
}
async function loop_swallower() {
  let n = 0;
  while (n < 3) {
    try {
      await asyncio.sleep(1);
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      n += 1;
      print("loop swallowed", n, "cancelling", asyncio.current_task().cancelling());
    }
  }
  return n;
}
async function main() {
  let t = asyncio.create_task(swallower("s1"));
  await asyncio.sleep(0.05);
  t.cancel("please");
  const r = await t;
  print("s1 result", r, "cancelled", B(t.cancelled()), "cancelling", t.cancelling());
  t = asyncio.create_task(swallower("s2"));
  async function waiter() {
    try {
      const v = await t;
      print("waiter got", v, "cancelling", asyncio.current_task().cancelling());
      await asyncio.sleep(0);
      print("waiter after sleep(0) (should not be reached?)");
      return v;
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("waiter CancelledError", R(e.message));
      throw e;
    }
  }
  const wt = asyncio.create_task(waiter());
  await asyncio.sleep(0.05);
  wt.cancel("stop waiter");
  try {
    print("waiter result", await wt, B(wt.cancelled()));
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("waiter cancelled", R(e.message), B(wt.cancelled()));
  }
  print("s2 state", B(t.done()), B(t.cancelled()));
  t = asyncio.create_task(loop_swallower());
  for (let i = 0; i < 3; i++) {
    await asyncio.sleep(0.01);
    t.cancel();
  }
  print("loop result", await t, B(t.cancelled()), t.cancelling());
  async function quick_swallow() {
    try {
      await asyncio.sleep(1);
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
    }
    return "quick";
  }
  t = asyncio.create_task(quick_swallow());
  await asyncio.sleep(0);
  t.cancel();
  t.cancel();
  print("double-cancelled swallower ->", await t, B(t.cancelled()), t.cancelling());
}
await asyncio.run(main());
