// the body's own task appears in all_tasks() as 'main' (SPEC §6); filtered as the project's ports do
const names = () => "[" + [...asyncio.all_tasks()].map((t) => t.get_name()).filter((n) => n !== "main").sort().map((n) => `'${n}'`).join(", ") + "]";
async function work() {
  await asyncio.sleep(0.5);
  print("shielded work finished");
  return "w";
}
async function caller() {
  return await asyncio.shield(work());
}
async function main() {
  const c = asyncio.create_task(caller(), { name: "caller" });
  await asyncio.sleep(0.1);
  c.cancel();
  try {
    await c;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("caller cancelled"); else throw e;
  }
  print("tasks:", names());
  await asyncio.sleep(1);
  print("tasks:", names());
}
await asyncio.run(main());
