async function leftover() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    await asyncio.sleep(0.1);
    print("leftover unwound");
    throw e;
  }
}
async function quick() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    print("quick swallowed");
  }
}
async function main() {
  asyncio.create_task(leftover());
  asyncio.create_task(quick());
  await asyncio.sleep(0);
}
await asyncio.run(main());
print("after run");
