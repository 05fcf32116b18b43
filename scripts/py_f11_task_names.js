const child = asyncio.coroutine(async function child(n) {
  await asyncio.sleep(0.01 * n);
  return asyncio.current_task().get_name();
});
const main = asyncio.coroutine(async function main() {
  const me = asyncio.current_task();
  print("main name", me.get_name());
  const a = asyncio.create_task(child(1));
  const b = asyncio.create_task(child(2), { name: "bee" });
  const c = asyncio.ensure_future(child(3));
  print("names", a.get_name(), b.get_name(), c.get_name());
  a.set_name("renamed-a");
  c.set_name(123);
  print("after set_name", a.get_name(), c.get_name(), typeof c.get_name() === "string" ? "str" : typeof c.get_name());
  const g = asyncio.gather(child(1), child(1));
  const d = asyncio.create_task(child(1));
  print("d after gather", d.get_name());
  print("results", await a, await b, await c, await d);
  print("gathered", (await g).join(","));
  sys.stdout.write("after done set_name: ");
  a.set_name("late");
  print(a.get_name());
  me.set_name("main-renamed");
  print("current", asyncio.current_task().get_name());
});
await asyncio.run(main());
