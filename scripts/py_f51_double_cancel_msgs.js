const inner = asyncio.coroutine(async function inner() {
  await asyncio.sleep(1);
});
const victim = asyncio.coroutine(async function victim(kind) {
  const loop = asyncio.get_running_loop();
  try {
    if (kind === "future") await loop.create_future();
    else if (kind === "sleep") await asyncio.sleep(1);
    else if (kind === "task") await asyncio.create_task(inner());
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(kind, "sees", `'${e.message}'`, "cancelling", asyncio.current_task().cancelling());
    throw e;
  }
});
async function main() {
  for (const kind of ["future", "sleep", "task"]) {
    const t = asyncio.create_task(victim(kind));
    await asyncio.sleep(0);
    print(kind, t.cancel("first"), t.cancel("second"), t.cancelling());
    try {
      await t;
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print(kind, "outer sees", `'${e.message}'`);
    }
  }
}
await asyncio.run(main());
