async function child(n, d) {
  try {
    await asyncio.sleep(d);
    print("child", n, "done");
    return n;
  } finally {
    print("child", n, "finally");
  }
}
async function group(spec) {
  let ts;
  await new asyncio.TaskGroup().with(async (tg) => { ts = spec.map(([n, d]) => tg.create_task(child(n, d))); });
  return ts.map((t) => t.result());
}
async function tg_with_inner_timeout() {
  await new asyncio.TaskGroup().with(async (tg) => {
    tg.create_task(child("x", 0.3));
    try {
      await asyncio.timeout(0.1).with(async () => { await asyncio.sleep(1); });
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      print("body timed out inside group; continuing");
    }
    tg.create_task(child("y", 0.1));
  });
  print("group finished normally");
}
async function main() {
  print("r1", "[" + (await asyncio.wait_for(group([[1, 0.1], [2, 0.2]]), 1)).join(", ") + "]");
  try {
    await asyncio.wait_for(group([[3, 0.1], [4, 0.5]]), 0.3);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("r2 TimeoutError", e.cause ? e.cause.name : "NoneType");
  }
  await tg_with_inner_timeout();
  const t = asyncio.create_task(asyncio.wait_for(group([[5, 0.5]]), 1));
  await asyncio.sleep(0.1);
  t.cancel();
  const r = await asyncio.gather(t, { return_exceptions: true });
  print("r3", r[0].name);
}
await asyncio.run(main());
