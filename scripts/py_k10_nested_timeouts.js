const B = (x) => (x ? "True" : "False");
async function scenario(name, outer_d, inner_d, work) {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const me = asyncio.current_task();
  const outer = asyncio.timeout(outer_d);
  let inner = null;
  try {
    await outer.with(async () => {
      try {
        inner = asyncio.timeout(inner_d);
        await inner.with(async () => { await asyncio.sleep(work); });
        print(name, "inner block finished");
      } catch (e) {
        if (e instanceof asyncio.TimeoutError) {
          print(name, "inner TimeoutError caught; cancelling", me.cancelling());
          await asyncio.sleep(0.05);
          print(name, "continued after inner timeout");
        } else {
          if (e instanceof asyncio.CancelledError) print(name, "inner saw CancelledError; cancelling", me.cancelling());
          throw e;
        }
      }
    });
    print(name, "outer block finished");
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(name, "outer TimeoutError");
  }
  print(name, "expired outer/inner", B(outer.expired()), B(inner.expired()), "cancelling", me.cancelling(), "t", Math.round((loop.time() - t0) * 100) / 100);
}
async function main() {
  await scenario("S1", 0.5, 0.1, 1);
  await scenario("S2", 0.1, 0.5, 1);
  await scenario("S3", 0.2, 0.2, 1);
  await scenario("S4", 0.12, 0.1, 1);
  await scenario("S5", 1, 1, 0.1);
}
await asyncio.run(main());
