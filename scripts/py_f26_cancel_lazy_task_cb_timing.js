const body = asyncio.coroutine(async function body(name) {
  print(name, "body runs");
  await asyncio.sleep(0);
  return name;
});
async function main() {
  const loop = asyncio.get_running_loop();
  loop.call_soon(print, "soon 1");
  const t = asyncio.create_task(body("T"));
  const u = asyncio.create_task(body("U"));
  t.add_done_callback((f) => print("T done cb, cancelled", f.cancelled()));
  u.add_done_callback((f) => print("U done cb, result", f.result()));
  loop.call_soon(print, "soon 2");
  t.cancel("pre");
  loop.call_soon(print, "soon 3");
  print("main yields");
  await asyncio.sleep(0);
  print("main after 1st yield, T done", t.done());
  await asyncio.sleep(0);
  print("main after 2nd yield");
  await asyncio.sleep(0);
  print("main after 3rd yield");
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("T cancelled", `'${e.message}'`);
  }
}
await asyncio.run(main());
