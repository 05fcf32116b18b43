const B = (x) => (x ? "True" : "False");
async function main() {
  const loop = asyncio.get_running_loop();
  let t0 = loop.time();
  const el = () => Math.round((loop.time() - t0) * 100) / 100;
  let outer, inner;
  // outer fires first, inner longer
  try {
    outer = asyncio.timeout(0.1);
    await outer.with(async () => {
      try {
        inner = asyncio.timeout(1);
        await inner.with(async () => { await asyncio.sleep(5); });
      } catch (e) {
        if (e instanceof asyncio.TimeoutError) print("inner caught TimeoutError (wrong)");
        else if (e instanceof asyncio.CancelledError) {
          print("inner sees CancelledError at", el(), "inner.expired", B(inner.expired()), "cancelling", asyncio.current_task().cancelling());
          throw e;
        } else throw e;
      }
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("outer TimeoutError at", el(), "outer", B(outer.expired()), "inner", B(inner.expired()));
  }
  print("cancelling after", asyncio.current_task().cancelling());
  // inner fires first, caught inside outer; outer continues and later fires
  t0 = loop.time();
  try {
    outer = asyncio.timeout(0.3);
    await outer.with(async () => {
      try {
        inner = asyncio.timeout(0.1);
        await inner.with(async () => { await asyncio.sleep(5); });
      } catch (e) {
        if (!(e instanceof asyncio.TimeoutError)) throw e;
        print("inner TimeoutError at", el(), B(inner.expired()), B(outer.expired()));
      }
      await asyncio.sleep(5);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("outer TimeoutError at", el(), B(outer.expired()));
  }
  // same deadline for both
  t0 = loop.time();
  try {
    outer = asyncio.timeout(0.2);
    await outer.with(async () => {
      try {
        inner = asyncio.timeout(0.2);
        await inner.with(async () => { await asyncio.sleep(5); });
      } catch (e) {
        if (!(e instanceof asyncio.TimeoutError)) throw e;
        print("same: inner raised TimeoutError at", el(), B(inner.expired()), B(outer.expired()));
        throw e;
      }
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("same: outer TimeoutError at", el(), B(outer.expired()));
  }
  print("cancelling end", asyncio.current_task().cancelling());
}
await asyncio.run(main());
