const B = (x) => (x ? "True" : "False");
const body = asyncio.coroutine(async function (tag, d) {
  const me = asyncio.current_task();
  const cm = asyncio.timeout(d);
  try {
    await cm.with(async () => {
      try {
        await asyncio.sleep(10);
      } catch (e) {
        if (e instanceof asyncio.CancelledError) print(tag, "inner cancelled; cancelling", me.cancelling());
        throw e;
      }
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) {
      print(tag, "TimeoutError; cancelling", me.cancelling(), "expired", B(cm.expired()));
      return "timeout";
    }
    if (e instanceof asyncio.CancelledError) print(tag, "CancelledError out of timeout; cancelling", me.cancelling(), "expired", B(cm.expired()));
    throw e;
  }
});
const swallow_then_timeout = asyncio.coroutine(async function (tag) {
  const me = asyncio.current_task();
  try {
    await asyncio.timeout(0.3).with(async () => {
      try {
        await asyncio.sleep(10);
      } catch (e) {
        if (!(e instanceof asyncio.CancelledError)) throw e;
        print(tag, "first cancel; uncancel ->", me.uncancel());
      }
      await asyncio.sleep(10);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(tag, "later TimeoutError; cancelling", me.cancelling());
  }
  return "ok";
});
async function main() {
  let t = asyncio.create_task(body("A", 0.5));
  await asyncio.sleep(0.1);
  t.cancel();
  print("A", (await asyncio.gather(t, { return_exceptions: true }))[0].name);
  t = asyncio.create_task(body("B", 0.1));
  const loop = asyncio.get_running_loop();
  await asyncio.sleep(0);
  loop.call_later(0.1, () => { print("external cancel"); t.cancel(); });
  const r = (await asyncio.gather(t, { return_exceptions: true }))[0];
  print("B", typeof r === "string" ? r : r.name, "cancelled", B(t.cancelled()));
  t = asyncio.create_task(swallow_then_timeout("C"));
  await asyncio.sleep(0.1);
  t.cancel();
  print("C", await t, "cancelling", t.cancelling());
  const pre = asyncio.coroutine(async function () {
    const me = asyncio.current_task();
    try {
      await asyncio.sleep(1);
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print("D caught cancel, cancelling", me.cancelling());
    }
    try {
      await asyncio.timeout(0.1).with(async () => { await asyncio.sleep(1); });
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      print("D TimeoutError despite cancelling", me.cancelling());
    }
    return "D-done";
  });
  t = asyncio.create_task(pre());
  await asyncio.sleep(0.05);
  t.cancel();
  print("D", await t, t.cancelling());
}
await asyncio.run(main());
