class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function risky(n) {
  await asyncio.sleep(0.01 * n);
  if (n % 2) throw new ValueError(`odd ${n}`);
  return n * 10;
}
async function guarded(n) {
  try { return await risky(n); } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    return `fallback[${e.message}]`;
  } finally { print("guard", n, "exits"); }
}
async function retry(n, attempts) {
  let last = null;
  for (let i = 0; i < attempts; i++) {
    try { return await risky(n + i); } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      print("retry", i, "after", e.message);
      last = e;
    }
  }
  const err = new asyncio.RuntimeError("gave up"); err.context = last; throw err;
}
async function main() {
  const r = await asyncio.gather(...[0, 1, 2, 3].map((i) => guarded(i)));
  print("[" + r.map((x) => (typeof x === "string" ? `'${x}'` : x)).join(", ") + "]");
  print(await retry(1, 3));
  try { await retry(1, 1); } catch (e) { print(e.name, e.message, e.context.name); }
  const t = asyncio.create_task(guarded(3));
  await asyncio.sleep(0.5);
  print(t.result(), t.exception() === null ? "None" : t.exception());
}
await asyncio.run(main());
