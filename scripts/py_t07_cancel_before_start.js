const w = asyncio.coroutine(async function w() {
  print("w started");
  try {
    await asyncio.sleep(1);
  } finally {
    print("w finally");
  }
});
async function main() {
  const t = asyncio.create_task(w());
  print("cancel returns", t.cancel());
  print("cancelling", t.cancelling(), "done", t.done());
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("caught CancelledError"); else throw e;
  }
  print("cancelled", t.cancelled(), "done", t.done());
  print("cancel again", t.cancel());
}
await asyncio.run(main());
