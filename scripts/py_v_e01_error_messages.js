async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  for (const [name, fn] of [["result pending", () => f.result()], ["exception pending", () => f.exception()]]) {
    try {
      fn();
    } catch (e) {
      if (e instanceof asyncio.InvalidStateError) print(name, "->", e.name, e.message);
    }
  }
  f.set_result(1);
  try {
    f.set_result(2);
  } catch (e) {
    if (e instanceof asyncio.InvalidStateError) print("set twice ->", e.name, e.message);
  }
  const g = loop.create_future();
  g.cancel("why");
  for (const [name, fn] of [["result cancelled", () => g.result()], ["exception cancelled", () => g.exception()]]) {
    try {
      fn();
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print(name, "->", e.name, JSON.stringify(e.message));
    }
  }
  const t = asyncio.create_task(asyncio.sleep(10));
  await asyncio.sleep(0);
  t.cancel("stop it");
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("awaited cancelled task ->", JSON.stringify(e.message));
  }
  try {
    t.result();
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("result of cancelled task ->", JSON.stringify(e.message));
  }
  try {
    await asyncio.wait_for(asyncio.sleep(1), 0.1);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("wait_for ->", e.name, JSON.stringify(e.message), e.cause && e.cause.name);
  }
  try {
    await asyncio.timeout(0.1).with(async () => {
      await asyncio.sleep(1);
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("timeout ->", e.name, JSON.stringify(e.message), e.cause && e.cause.name);
  }
  const q = new asyncio.Queue({ maxsize: 1 });
  q.put_nowait(1);
  try {
    q.put_nowait(2);
  } catch (e) {
    if (e instanceof asyncio.QueueFull) print("QueueFull ->", JSON.stringify(e.message));
  }
  q.get_nowait();
  try {
    q.get_nowait();
  } catch (e) {
    if (e instanceof asyncio.QueueEmpty) print("QueueEmpty ->", JSON.stringify(e.message));
  }
  const res = await asyncio.gather(asyncio.sleep(0, "ok"), asyncio.wait_for(asyncio.sleep(1), 0.01), { return_exceptions: true });
  print("gather ->", res[0], res[1].name);
}

await asyncio.run(main());
