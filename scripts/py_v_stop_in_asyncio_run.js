async function other() {
  try { await asyncio.sleep(1); } finally { print("other finally"); }
}
async function main() {
  asyncio.create_task(other());
  await asyncio.sleep(0.1);
  asyncio.get_running_loop().stop();
  print("stopped");
  await asyncio.sleep(0.1);
  print("after");
}
try {
  await asyncio.run(main());
} catch (e) { print(e.name, e.message); }
