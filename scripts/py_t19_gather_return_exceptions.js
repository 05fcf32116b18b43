class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function ok(n) { await asyncio.sleep(n / 10); return n; }
async function bad(n) { await asyncio.sleep(n / 10); throw new ValueError(`bad${n}`); }
async function main() {
  const r = await asyncio.gather(ok(3), bad(1), ok(2), bad(4), { return_exceptions: true });
  print("[" + r.map((x) => typeof x === "number" ? String(x) : `'${x.name}:${x.message}'`).join(", ") + "]");
}
await asyncio.run(main());
