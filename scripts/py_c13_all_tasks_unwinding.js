const B = (x) => (x ? "True" : "False");
// the body's own task appears in all_tasks() as 'main' (SPEC §6); filtered as the project's ports do
function names() {
  return "[" + [...asyncio.all_tasks()].map((t) => t.get_name()).filter((n) => n !== "main").sort().map((n) => `'${n}'`).join(", ") + "]";
}
async function w() {
  try {
    await asyncio.sleep(10);
  } finally {
    print("in finally:", names());
    await asyncio.sleep(0);
    print("finally done");
  }
}
async function main() {
  const t = asyncio.create_task(w(), { name: "w" });
  await asyncio.sleep(0);
  print("before cancel:", names());
  t.cancel();
  print("after cancel:", names());
  await asyncio.sleep(0);
  print("while unwinding:", names(), B(t.done()));
  await asyncio.sleep(0);
  print("after:", names(), B(t.done()));
  const q = asyncio.create_task(asyncio.sleep(0), { name: "q" });
  q.cancel();
  print("cancelled-before-start still listed:", names());
  await asyncio.sleep(0);
  print("end:", names());
}
await asyncio.run(main());
