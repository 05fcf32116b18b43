const bg = asyncio.coroutine(async function bg(name) {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(name, "cancelled by run");
    await asyncio.sleep(0);
    print(name, "cleanup done");
    throw e;
  }
});
async function main() {
  const loop = asyncio.get_running_loop();
  for (const n of ["b1"]) {
    const t = asyncio.create_task(bg(n));
    t.add_done_callback((t) => print(n, "done cb, cancelled", t.cancelled()));
  }
  const fut = loop.create_future();
  fut.add_done_callback(() => print("plain future cb (never)"));
  await asyncio.sleep(0);
  print("main returns");
  return "M";
}
print("run ->", await asyncio.run(main()));
