async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  const w = asyncio.wrap_future(f);
  print("wrap_future same object", w === f);
  const t = asyncio.create_task(asyncio.sleep(0.01, "t"));
  print("wrap_future of task same", asyncio.wrap_future(t) === t);
  loop.call_later(0.02, (v) => f.set_result(v), "F");
  print(await w, await t);
}
await asyncio.run(main());
