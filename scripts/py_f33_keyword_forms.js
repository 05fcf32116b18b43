async function sleeper() {
  await asyncio.sleep(1);
}
async function main() {
  const loop = asyncio.get_running_loop();
  const f = new asyncio.Future({ loop: loop });
  print("Future(loop=) get_loop", f.get_loop() === loop);
  print("cancel(msg=)", f.cancel({ msg: "kw message" }));
  try {
    f.result();
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("future msg", `'${e.message}'`);
  }
  const t = asyncio.ensure_future(sleeper(), { loop: loop });
  await asyncio.sleep(0);
  print("task cancel(msg=)", t.cancel({ msg: "task kw" }));
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("task msg", `'${e.message}'`);
  }
  print("all_tasks(loop=)", asyncio.all_tasks({ loop: loop }).size);
}
await asyncio.run(main());
