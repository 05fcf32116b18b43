const worker = asyncio.coroutine(async function worker(name, n) {
  for (let i = 0; i < n; i++) {
    print(name, "step", i);
    await asyncio.sleep(0);
  }
  print(name, "done");
});
async function main() {
  const loop = asyncio.get_running_loop();
  loop.call_soon(print, "soon 1");
  const t1 = asyncio.create_task(worker("A", 2));
  loop.call_soon(print, "soon 2");
  const t2 = asyncio.create_task(worker("B", 2));
  loop.call_soon(() => { print("soon 3 schedules soon 4"); loop.call_soon(print, "soon 4"); });
  print("main before sleep");
  await asyncio.sleep(0);
  print("main after sleep 1");
  loop.call_soon(print, "soon 5");
  await asyncio.sleep(0);
  print("main after sleep 2");
  await t1;
  await t2;
  print("end");
}
await asyncio.run(main());
