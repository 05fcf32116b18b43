const c = asyncio.coroutine(async function c() { return 1; });
async function main() {
  const co = c();
  await co;
  const t = asyncio.create_task(co);
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("task raised RuntimeError", e.message); else throw e;
  }
}
await asyncio.run(main());
