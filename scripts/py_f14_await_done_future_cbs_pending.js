const quick = asyncio.coroutine(async function quick() {
  return "Q";
});
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  f.add_done_callback(() => print("f cb"));
  loop.call_soon(print, "soon before set");
  f.set_result(1);
  const v = await f;
  print("awaited done future (callbacks pending)", v);
  await asyncio.sleep(0);
  print("after sleep0");
  const t = asyncio.create_task(quick());
  t.add_done_callback(() => print("t cb"));
  await asyncio.sleep(0);
  print("t done?", t.done());
  loop.call_soon(print, "soon after t done");
  const r = await t;
  print("awaited done task", r);
  await asyncio.sleep(0);
  print("end");
}
await asyncio.run(main());
