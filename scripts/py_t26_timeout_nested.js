async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(1);
  const isTO = (e) => e instanceof asyncio.TimeoutError;
  let outer, inner;
  try {
    outer = asyncio.timeout(1);
    await outer.with(async () => {
      try {
        inner = asyncio.timeout(5);
        await inner.with(async () => { await asyncio.sleep(10); });
      } catch (e) {
        if (isTO(e)) print("inner caught timeout (wrong)"); else throw e;
      }
      print("after inner (wrong)");
    });
  } catch (e) {
    if (isTO(e)) print("outer timeout", el(), outer.expired(), inner.expired()); else throw e;
  }
  try {
    outer = asyncio.timeout(5);
    await outer.with(async () => {
      try {
        inner = asyncio.timeout(1);
        await inner.with(async () => { await asyncio.sleep(10); });
      } catch (e) {
        if (isTO(e)) print("inner timeout", el(), inner.expired(), outer.expired()); else throw e;
      }
      await asyncio.sleep(1);
      print("outer continues", el());
    });
  } catch (e) {
    if (isTO(e)) print("outer timeout (wrong)"); else throw e;
  }
  const cm = asyncio.timeout_at(loop.time() + 0.5);
  try {
    await cm.with(async () => { await asyncio.sleep(1); });
  } catch (e) {
    if (isTO(e)) print("timeout_at expired", el(), cm.expired()); else throw e;
  }
  try {
    await asyncio.timeout(0).with(async () => {
      print("inside timeout(0)");
      await asyncio.sleep(0);
      print("after sleep0 (wrong)");
    });
  } catch (e) {
    if (isTO(e)) print("timeout(0) expired", el()); else throw e;
  }
  try {
    await asyncio.timeout_at(loop.time() - 1).with(async () => {
      print("inside past timeout_at");
      await asyncio.sleep(0.1);
    });
  } catch (e) {
    if (isTO(e)) print("past expired", el()); else throw e;
  }
}
await asyncio.run(main());
