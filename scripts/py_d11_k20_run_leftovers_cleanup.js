const R = (s) => "'" + s + "'";
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class KeyError extends Error { constructor(k) { super(`'${k}'`); this.name = "KeyError"; } }
async function leftover(name, cleanup, fail = false) {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    if (!name.startsWith("L")) print(name, "cancelled by run", R(e.message), "cancelling", asyncio.current_task().cancelling());
    await asyncio.sleep(cleanup);
    print(name, "cleanup finished");
    if (fail) throw new ValueError(name + " failed in cleanup");
    throw e;
  }
}
async function swallowing_leftover() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
  }
  print("swallower swallowed the run's cancel");
  await asyncio.sleep(0.05);
  print("swallower returns");
  return "ignored";
}
const main = asyncio.coroutine(async function main() {
  asyncio.create_task(leftover("L1", 0.1));
  asyncio.create_task(leftover("L2", 0.05));
  asyncio.create_task(swallowing_leftover());
  await asyncio.sleep(0.01);
  print("main returns");
  return "main value";
});
print("run ->", await asyncio.run(main()));
const main2 = asyncio.coroutine(async function main2() {
  asyncio.create_task(leftover("M1", 0.02, true));
  await asyncio.sleep(0.01);
  print("main2 returns");
});
print("run2 ->", (await asyncio.run(main2())) ?? "None");
const main3 = asyncio.coroutine(async function main3() {
  asyncio.create_task(leftover("N1", 0.02));
  await asyncio.sleep(0.01);
  throw new KeyError("main3 fails");
});
try {
  await asyncio.run(main3());
} catch (e) {
  if (!(e instanceof KeyError)) throw e;
  print("run3 raised", e.name, e.message);
}
print("end");
