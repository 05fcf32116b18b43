class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function bad_cleanup() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print("bad_cleanup cancelled, raising");
      throw new ValueError("cleanup exploded");
    }
    throw e;
  }
}
async function good_cleanup() {
  try {
    await asyncio.sleep(10);
  } finally {
    print("good_cleanup finally");
  }
}
async function main() {
  asyncio.create_task(bad_cleanup());
  asyncio.create_task(good_cleanup());
  await asyncio.sleep(0.1);
  print("main returns");
  return 5;
}
print("run ->", await asyncio.run(main()));
print("script continues");
