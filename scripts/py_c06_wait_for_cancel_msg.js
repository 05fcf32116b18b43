const R = (s) => "'" + s + "'";
async function slow() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print("slow cancelled with", R(e.message));
      await asyncio.sleep(0.2);
      print("slow unwound");
    }
    throw e;
  }
}
async function caller() {
  try {
    await asyncio.wait_for(slow(), 5);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("caller cancelled with", R(e.message), asyncio.current_task().cancelling());
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t = asyncio.create_task(caller());
  await asyncio.sleep(1);
  const start = loop.time();
  t.cancel("wf");
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("main got", R(e.message), "after", (loop.time() - start).toFixed(1)); else throw e;
  }
}
await asyncio.run(main());
