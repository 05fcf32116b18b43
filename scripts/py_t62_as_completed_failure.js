class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function w(n, d, fail = false) {
  await asyncio.sleep(d);
  if (fail) throw new ValueError(n);
  return n;
}
async function main() {
  for (const f of asyncio.as_completed([w("a", 0.3), w("b", 0.1, true), w("c", 0.2)])) {
    try {
      print("got", await f);
    } catch (e) {
      if (e instanceof ValueError) print("failed", e.message); else throw e;
    }
  }
  const t = asyncio.create_task(w("t", 0.1));
  const out = [];
  for (const f of asyncio.as_completed([t])) out.push(await f);
  print("[" + out.map((x) => `'${x}'`).join(", ") + "]");
  const out2 = [];
  for (const f of asyncio.as_completed([])) out2.push(await f);
  print("[" + out2.join(", ") + "]");
}
await asyncio.run(main());
