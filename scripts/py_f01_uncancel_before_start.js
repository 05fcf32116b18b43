const job = asyncio.coroutine(async function job(name) {
  print(name, "started");
  try {
    await asyncio.sleep(0.1);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled inside");
    throw e;
  }
  print(name, "finished");
  return name;
});
async function main() {
  const t = asyncio.create_task(job("a"));
  print("cancel", t.cancel(), "cancelling", t.cancelling());
  print("uncancel ->", t.uncancel(), "cancelling", t.cancelling());
  try {
    const r = await t;
    print("a result", r);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("a ended cancelled", t.cancelled(), t.cancelling());
  }
}
await asyncio.run(main());
