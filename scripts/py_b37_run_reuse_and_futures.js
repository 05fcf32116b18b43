const work = asyncio.coroutine(async function work() {
  await asyncio.sleep(0.01);
  return "w";
});
const c = work();
print("first run", await asyncio.run(c));
try {
  await asyncio.run(c);
} catch (e) {
  if (e instanceof asyncio.RuntimeError) print("reuse:", e.name, e.message); else throw e;
}
async function main() {
  const c2 = work();
  print("await once", await c2);
  try {
    await c2;
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("await twice:", e.name, e.message); else throw e;
  }
  const c3 = work();
  const t = asyncio.create_task(c3);
  await t;
  try {
    const t2 = asyncio.create_task(c3);
    print("task of used coroutine created");
    await t2;
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("task of used coro:", e.name, e.message); else throw e;
  }
  try {
    await new asyncio.Task(5);
  } catch (e) {
    if (e instanceof TypeError) print("Task(5):", e.name); else throw e;
  }
}
await asyncio.run(main());
