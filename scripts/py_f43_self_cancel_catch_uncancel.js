const main = asyncio.coroutine(async function main() {
  const me = asyncio.current_task();
  const loop = asyncio.get_running_loop();
  for (const label of ["sleep0", "sleep", "future"]) {
    me.cancel(label);
    try {
      if (label === "sleep0") await asyncio.sleep(0);
      else if (label === "sleep") await asyncio.sleep(0.05);
      else await loop.create_future();
      print(label, "no cancel?");
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print(label, "caught", `'${e.message}'`, "cancelling", me.cancelling(), "uncancel ->", me.uncancel());
    }
  }
  await asyncio.sleep(0.01);
  print("continues normally, cancelling", me.cancelling());
  return "ok";
});
print(await asyncio.run(main()));
