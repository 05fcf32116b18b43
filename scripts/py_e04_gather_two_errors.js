class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function bad(name, d) {
  await asyncio.sleep(d);
  print("raising", name);
  throw new ValueError(name);
}
async function main() {
  let ts = [asyncio.create_task(bad("x", 0.1)), asyncio.create_task(bad("y", 0.1)), asyncio.create_task(bad("z", 0.05))];
  try {
    await asyncio.gather(...ts);
  } catch (e) { print("gather raised", e.message); }
  await asyncio.sleep(0.2);
  for (const t of ts) print("True", t.exception().message);
  ts = [asyncio.create_task(bad("p", 0.1)), asyncio.create_task(bad("q", 0.1))];
  try {
    await asyncio.gather(ts[1], ts[0]);
  } catch (e) { print("gather raised", e.message); }
  await asyncio.sleep(0);
  print("[" + ts.map((t) => `'${t.exception().message}'`).join(", ") + "]");
}
await asyncio.run(main());
