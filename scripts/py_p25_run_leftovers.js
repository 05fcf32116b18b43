const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function background(name, seconds) {
  try {
    print(el(), name, "started");
    await asyncio.sleep(seconds);
    print(el(), name, "finished");
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(el(), name, "cancelled by asyncio.run");
    await asyncio.sleep(0.1);
    print(el(), name, "cleanup done");
    throw e;
  } finally {
    print(el(), name, "finally");
  }
}

async function main() {
  asyncio.create_task(background("short", 0.1));
  asyncio.create_task(background("long", 5));
  asyncio.create_task(background("forever", 100));
  await asyncio.sleep(0.2);
  print(el(), "main returns");
  return 42;
}

const r = await asyncio.run(main());
print(el(), "run result", r);
async function second() {
  await asyncio.sleep(0.1);
  return "again";
}
print(el(), "second run", await asyncio.run(second()));
