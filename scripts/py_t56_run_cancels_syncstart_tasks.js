async function bg(n) {
  try {
    await asyncio.sleep(10);
  } finally {
    print("bg", n, "finally");
  }
}
async function helper() {
  asyncio.create_task(bg("from helper"));
  await asyncio.sleep(0.1);
}
async function main() {
  asyncio.create_task(bg("sync start"));
  await helper();
  print("main returns");
}
await asyncio.run(main());
print("run returned");
