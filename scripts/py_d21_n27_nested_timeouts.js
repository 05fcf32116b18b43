async function step(name, d) {
  try {
    await asyncio.sleep(d);
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(`${name} cancelled`);
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const outer = asyncio.timeout(0.3);
  try {
    await outer.with(async () => {
      try {
        let r = await asyncio.wait_for(step("inner-fast", 0.1), {timeout: 0.2});
        print("got", r, (loop.time() - t0).toFixed(1));
        r = await asyncio.wait_for(step("inner-slow", 0.5), {timeout: 0.5});
        print("got", r);
      } catch (e) {
        if (e instanceof asyncio.TimeoutError) print("inner handler (should not run)"); else throw e;
      }
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("outer expired at", (loop.time() - t0).toFixed(1), outer.expired() ? "True" : "False");
  }
  try {
    await asyncio.timeout(0.5).with(async () => {
      try {
        await asyncio.wait_for(step("short", 0.3), {timeout: 0.1});
      } catch (e) {
        if (e instanceof asyncio.TimeoutError) print("inner expired at", (loop.time() - t0).toFixed(1)); else throw e;
      }
      const r = await step("after", 0.1);
      print("outer body finished", r, (loop.time() - t0).toFixed(1));
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("outer 2 expired (should not)"); else throw e;
  }
}
asyncio.run(main());
