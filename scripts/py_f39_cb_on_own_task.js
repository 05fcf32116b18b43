const worker = asyncio.coroutine(async function worker() {
  const me = asyncio.current_task();
  me.add_done_callback((t) => print("own cb sees result", t.result(), "all_tasks", asyncio.all_tasks().size));
  await asyncio.sleep(0.01);
  print("worker about to return; in all_tasks:", asyncio.all_tasks().has(me));
  return "W";
});
async function recursive_cb_demo() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  let count = 0;
  function cb(fut) {
    count += 1;
    print("cb call", count);
    if (count < 3) fut.add_done_callback(cb);
  }
  f.add_done_callback(cb);
  f.set_result(null);
  for (let i = 0; i < 4; i++) {
    await asyncio.sleep(0);
    print("tick", i);
  }
}
async function main() {
  const t = asyncio.create_task(worker());
  print("awaited", await t);
  await recursive_cb_demo();
}
await asyncio.run(main());
