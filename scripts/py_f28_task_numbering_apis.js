const w = asyncio.coroutine(async function w(x = 0) {
  await asyncio.sleep(0.01);
  return x;
});
const main = asyncio.coroutine(async function main() {
  const loop = asyncio.get_running_loop();
  const names = () => "[" + [...asyncio.all_tasks()].map((t) => t.get_name()).sort().map((s) => `'${s}'`).join(", ") + "]";
  print("start", names());
  const s = asyncio.shield(w(1));
  print("after shield(coro)", names());
  const g = asyncio.gather(w(2), loop.create_future(), w(3));
  print("after gather", names());
  print("wait_for", await asyncio.wait_for(w(4), 1));
  const n = asyncio.create_task(w(5));
  print("next create_task", n.get_name());
  const e = asyncio.ensure_future(loop.create_future());
  print("ensure_future(future) is Task?", e instanceof asyncio.Task);
  const n2 = asyncio.create_task(w(6));
  print("after ensure_future(future)", n2.get_name());
  print(await s, await n, await n2);
  g.cancel();
  try {
    await g;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("gather cancelled");
  }
});
await asyncio.run(main());
