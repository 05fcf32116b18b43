const selfcancel = asyncio.coroutine(async function selfcancel(uncancel) {
  const me = asyncio.current_task();
  print("cancel self ->", me.cancel("self msg"), "cancelling", me.cancelling());
  if (uncancel) print("uncancel ->", me.uncancel());
  return "returned value";
});
async function main() {
  for (const unc of [false, true]) {
    const t = asyncio.create_task(selfcancel(unc));
    try {
      print("result", await t);
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print("task ended cancelled", t.cancelled(), `'${e.message}'`);
    }
  }
}
await asyncio.run(main());
