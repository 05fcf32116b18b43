// exit: 1
// A TaskGroup, a timeout around gather, cancels and a shielded wait_for over children that first await a
// settled helper (held until their tasks start); the last await re-raises the shield's CancelledError.
async function get(k) {
  return k;
}

async function child(name, fail = false, d = 0.1) {
  const x = await get(name);
  print("child", x, "step");
  try {
    if (fail) throw new asyncio.ValueError(`${name} broke`);
    await asyncio.sleep(d);
    print("child", x, "done");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("child", x, "cancelled");
    throw e;
  } finally {
    print("child", x, "finally");
  }
}

async function main() {
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(child("a"));
      tg.create_task(child("b", true));
      tg.create_task(child("c"));
    });
  } catch (eg) {
    print("group failed:", "[" + eg.errors.map((e) => `'${e.message}'`).join(", ") + "]");
  }
  try {
    await asyncio.timeout(0.05).with(async () => {
      await asyncio.gather(child("d", false, 1), child("e", false, 0.01));
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timeout");
  }
  const t = asyncio.create_task(child("f"));
  const u = asyncio.create_task(child("g"));
  await asyncio.sleep(0);
  t.cancel();
  u.cancel();
  const res = await asyncio.gather(t, u, { return_exceptions: true });
  print("[" + res.map((r) => `'${r.name}'`).join(", ") + "]");
  const s = asyncio.shield(child("h", false, 0.05));
  const w = asyncio.create_task(asyncio.wait_for(s, 0.01));
  try {
    await w;
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("wait_for on shield timed out");
  }
  print(await s);
}

await asyncio.run(main());
