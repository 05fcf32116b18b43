const main = asyncio.coroutine(async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  const reader = asyncio.coroutine(async function reader(name) {
    try {
      const v = await f;
      print(name, "read", v);
      return v;
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print(name, "saw cancel");
      throw e;
    }
  });
  const r1 = asyncio.create_task(reader("r1"));
  const r2 = asyncio.create_task(reader("r2"));
  await asyncio.sleep(0);
  r1.cancel("only r1");
  await asyncio.sleep(0);
  print("f cancelled by r1's cancel?", f.cancelled());
  let res = await asyncio.gather(r1, r2, { return_exceptions: true });
  print("[" + res.map((x) => `'${x.name}'`).join(", ") + "]");
  const f2 = loop.create_future();
  const reader2 = asyncio.coroutine(async function reader2(name) {
    return await asyncio.shield(f2);
  });
  const s1 = asyncio.create_task(reader2("s1"));
  const s2 = asyncio.create_task(reader2("s2"));
  await asyncio.sleep(0);
  s1.cancel();
  await asyncio.sleep(0);
  print("f2 cancelled?", f2.cancelled());
  f2.set_result("shielded value");
  res = await asyncio.gather(s1, s2, { return_exceptions: true });
  print("[" + res.map((x) => (typeof x === "string" ? `'${x}'` : `'${x.name}'`)).join(", ") + "]");
});
await asyncio.run(main());
