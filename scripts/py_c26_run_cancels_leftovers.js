const R = (s) => "'" + s + "'";
async function inner() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      const t = asyncio.current_task();
      print("inner cancelled", R(e.message), t.get_name(), t.cancelling());
    }
    throw e;
  }
}
async function outer() {
  try {
    await asyncio.create_task(inner(), { name: "inner" });
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    const t = asyncio.current_task();
    print("outer cancelled", R(e.message), t.get_name(), t.cancelling());
    await asyncio.sleep(0.1);
    print("outer cleanup done");
    return "outer swallowed";
  }
}
async function main() {
  asyncio.create_task(outer(), { name: "outer" });
  await asyncio.sleep(0.1);
  print("main returns");
  return "main result";
}
print(await asyncio.run(main()));
print("after run");
