// exit: 1
class Fatal extends Error { constructor(m) { super(m); this.name = "Fatal"; } }
async function bg(n) {
  try {
    print("bg", n, "running");
    await asyncio.sleep(10);
  } finally {
    print("bg", n, "finally");
  }
}
async function main() {
  asyncio.create_task(bg(1));
  asyncio.create_task(bg(2));
  await asyncio.sleep(0.1);
  print("main raising");
  throw new Fatal("main failed");
}
try {
  await asyncio.run(main());
} finally {
  print("after run");
}
