const c = asyncio.coroutine(async function c() { return 1; });
async function main() {
  const co = c();
  print(await co);
  try {
    print("second await ->", await co);
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("RuntimeError", e.message); else throw e;
  }
}
await asyncio.run(main());
