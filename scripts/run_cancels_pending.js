// asyncio.run cancels the tasks its main task left pending, created directly or through its children,
// and waits for them to unwind before it returns (Python's rule).
async function leftover(name) {
  try {
    await asyncio.sleep(100);
  } finally {
    print(name, "cancelled by asyncio.run");
  }
}
async function child() {
  asyncio.create_task(leftover("grandchild"));
  await asyncio.sleep(0.01);
}
async function amain() {
  asyncio.create_task(leftover("child"));
  await asyncio.create_task(child());
  await asyncio.sleep(0.1);
  return "amain done";
}
const start = time.monotonic();
print(await asyncio.run(amain()));
print("elapsed", (time.monotonic() - start).toFixed(2));
