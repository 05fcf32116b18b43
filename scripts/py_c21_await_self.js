const selfwait = asyncio.coroutine(async function selfwait() {
  try {
    await asyncio.current_task();
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("RuntimeError:", e.message.split(":")[0]); else throw e;
  }
  return "ok";
});
async function main() {
  const t = asyncio.create_task(selfwait());
  print(await t);
  try {
    await asyncio.current_task();
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("main RuntimeError:", e.message.split(":")[0]); else throw e;
  }
  print("main cancelling", asyncio.current_task().cancelling());
}
await asyncio.run(main());
