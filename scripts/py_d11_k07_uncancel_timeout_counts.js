const B = (x) => (x ? "True" : "False");
const cur = () => asyncio.current_task();
async function case1() {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("c1 swallowed, cancelling", cur().cancelling());
  }
  const cm = asyncio.timeout(0.1);
  try {
    await cm.with(async () => { await asyncio.sleep(1); });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("c1 TimeoutError, cancelling", cur().cancelling());
    else if (e instanceof asyncio.CancelledError) print("c1 CancelledError instead, cancelling", cur().cancelling(), "expired", B(cm.expired()));
    else throw e;
  }
  return "c1 end";
}
async function case2() {
  const cm = asyncio.timeout(0.3);
  try {
    await cm.with(async () => {
      try {
        await asyncio.sleep(1);
      } catch (e) {
        if (!(e instanceof asyncio.CancelledError)) throw e;
        print("c2 swallowed inside, cancelling", cur().cancelling());
      }
      await asyncio.sleep(1);
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("c2 TimeoutError, cancelling", cur().cancelling());
    else if (e instanceof asyncio.CancelledError) print("c2 CancelledError, cancelling", cur().cancelling(), "expired", B(cm.expired()));
    else throw e;
  }
  return "c2 end";
}
async function case3() {
  const cm = asyncio.timeout(0.3);
  try {
    await cm.with(async () => {
      try {
        await asyncio.sleep(1);
      } catch (e) {
        if (!(e instanceof asyncio.CancelledError)) throw e;
        print("c3 swallowed, uncancel ->", cur().uncancel());
      }
      await asyncio.sleep(1);
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("c3 TimeoutError, cancelling", cur().cancelling());
    else if (e instanceof asyncio.CancelledError) print("c3 CancelledError, cancelling", cur().cancelling());
    else throw e;
  }
  return "c3 end";
}
async function case4() {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("c4 swallowed, cancelling", cur().cancelling());
  }
  try {
    await asyncio.wait_for(asyncio.sleep(1), 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("c4 wait_for TimeoutError, cancelling", cur().cancelling());
  }
  return "c4 end";
}
async function main() {
  for (const fn of [case1, case2, case3, case4]) {
    const t = asyncio.create_task(fn());
    await asyncio.sleep(0.05);
    t.cancel();
    try {
      print("result:", await t, "cancelled", B(t.cancelled()), "cancelling", t.cancelling());
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print("task ended cancelled", B(t.cancelled()), "cancelling", t.cancelling());
    }
  }
}
await asyncio.run(main());
