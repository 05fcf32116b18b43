// exit: 1
class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
async function helper() {
  try {
    await asyncio.sleep(10);
  } finally {
    print("helper finally");
  }
}
async function main() {
  asyncio.create_task(helper());
  await asyncio.sleep(0.1);
  print("main raising");
  throw new KeyError("fatal");
}
print("start");
await asyncio.run(main());
print("never printed");
