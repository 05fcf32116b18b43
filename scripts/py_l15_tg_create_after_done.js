const noop = asyncio.coroutine(async function noop() { return 1; });
async function main() {
  const tg = new asyncio.TaskGroup();
  print(tg);
  const c = noop();
  try {
    tg.create_task(c);
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("not entered:", e.message); else throw e;
  }
  let t;
  await tg.with(async (tg) => {
    t = tg.create_task(noop());
    print("inside", tg);
  });
  print("after", tg, t.result());
  try {
    tg.create_task(noop());
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("finished:", e.message); else throw e;
  }
  try {
    await tg.with(async () => {});
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("re-enter:", e.message); else throw e;
  }
}
await asyncio.run(main());
