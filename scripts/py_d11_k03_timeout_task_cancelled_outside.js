const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
const worker = asyncio.coroutine(async function worker(name, tmo) {
  let cm;
  try {
    cm = asyncio.timeout(tmo);
    await cm.with(async () => {
      try {
        await asyncio.sleep(5);
      } catch (e) {
        if (e instanceof asyncio.CancelledError) print(name, "inner CancelledError", R(e.message), "cancelling", asyncio.current_task().cancelling());
        throw e;
      }
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) {
      print(name, "got TimeoutError (expired", B(cm.expired()), ")");
      return "timeout";
    }
    if (e instanceof asyncio.CancelledError) {
      print(name, "got CancelledError", R(e.message), "expired", B(cm.expired()), "cancelling", asyncio.current_task().cancelling());
    }
    throw e;
  }
});
async function main() {
  let t = asyncio.create_task(worker("w1", 1));
  await asyncio.sleep(0.1);
  t.cancel("ext");
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("main: w1 cancelled", B(t.cancelled()), R(e.message));
  }
  t = asyncio.create_task(worker("w2", 0.2));
  const loop = asyncio.get_running_loop();
  loop.call_later(0.2, (m) => t.cancel(m), "same-time");
  try {
    const r = await t;
    print("main: w2 result", r);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("main: w2 cancelled", B(t.cancelled()), R(e.message));
  }
  async function slow_unwind(name) {
    let cm;
    try {
      cm = asyncio.timeout(0.1);
      await cm.with(async () => {
        try {
          await asyncio.sleep(5);
        } finally {
          print(name, "unwinding, cancelling", asyncio.current_task().cancelling());
          await asyncio.sleep(0.1);
          print(name, "unwound");
        }
      });
    } catch (e) {
      if (e instanceof asyncio.TimeoutError) {
        print(name, "TimeoutError");
        return "t";
      }
      if (e instanceof asyncio.CancelledError) print(name, "CancelledError; expired", B(cm.expired()), "cancelling", asyncio.current_task().cancelling());
      throw e;
    }
  }
  t = asyncio.create_task(slow_unwind("w3"));
  await asyncio.sleep(0.15);
  t.cancel("during-unwind");
  try {
    print("main: w3 result", await t);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("main: w3 cancelled", B(t.cancelled()), R(e.message));
  }
}
await asyncio.run(main());
