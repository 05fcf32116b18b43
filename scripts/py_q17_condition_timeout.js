// wait_for(cond.wait(), t) / asyncio.timeout around cond.wait(): on timeout the waiter re-acquires
// the lock before TimeoutError reaches it, even if another task holds the lock at that moment.
const py = (v) => (v === true ? "True" : v === false ? "False" : v === undefined || v === null ? "None" : String(v));

async function main() {
  const loop = asyncio.get_running_loop();
  const cond = new asyncio.Condition();
  let t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(2);
  await cond.with(async () => {
    try {
      await asyncio.wait_for(cond.wait(), 0.1);
    } catch (e) {
      if (e instanceof asyncio.TimeoutError) print("timeout 1 at", el(), "locked:", py(cond.locked()));
      else throw e;
    }
  });

  async function holder() {
    await asyncio.sleep(0.05);
    await cond.with(async () => {
      print("holder has lock at", el());
      await asyncio.sleep(0.2);
      print("holder releases at", el());
    });
  }

  t0 = loop.time();
  let h = asyncio.create_task(holder());
  await cond.with(async () => {
    try {
      await asyncio.wait_for(cond.wait(), 0.1);
    } catch (e) {
      if (e instanceof asyncio.TimeoutError) print("timeout 2 at", el(), "locked:", py(cond.locked()));
      else throw e;
    }
  });
  await h;

  t0 = loop.time();
  h = asyncio.create_task(holder());
  await cond.with(async () => {
    try {
      await asyncio.timeout(0.1).with(async () => {
        await cond.wait();
      });
    } catch (e) {
      if (e instanceof asyncio.TimeoutError) print("timeout 3 at", el(), "locked:", py(cond.locked()));
      else throw e;
    }
  });
  await h;
  print("end locked:", py(cond.locked()));
}

await asyncio.run(main());
