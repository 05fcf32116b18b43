const w = asyncio.coroutine(async function w(d) {
  await asyncio.sleep(d);
  return asyncio.current_task().get_name();
});
const main = asyncio.coroutine(async function main() {
  print("main task", asyncio.current_task().get_name());
  const a = asyncio.create_task(w(0.1));
  const b = asyncio.create_task(w(0.1), { name: "custom" });
  const c = asyncio.ensure_future(w(0.1));
  print(a.get_name(), b.get_name(), c.get_name());
  c.set_name("renamed");
  c.set_name(123);
  print(c.get_name(), typeof c.get_name() === "string" ? "str" : typeof c.get_name());
  const r = await asyncio.gather(a, b, c, w(0.1));
  print("[" + r.map((x) => `'${x}'`).join(", ") + "]");
  const d = asyncio.create_task(w(0));
  print(d.get_name());
  await d;
  const fs = [0, 1, 2].map(() => asyncio.create_task(w(0)));
  const [done] = await asyncio.wait(fs);
  print("[" + [...done].map((t) => `'${t.get_name()}'`).sort().join(", ") + "]");
  print("[" + (await asyncio.gather(w(0), w(0))).sort().map((x) => `'${x}'`).join(", ") + "]");
});
await asyncio.run(main());
