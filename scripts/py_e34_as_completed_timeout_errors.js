const B = (x) => (x ? "True" : "False");
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function job(n, d, fail = false) {
  await asyncio.sleep(d);
  if (fail) throw new ValueError(`job ${n}`);
  return n;
}
async function main() {
  const ts = [asyncio.create_task(job(1, 0.1, true)), asyncio.create_task(job(2, 0.2)), asyncio.create_task(job(3, 1.0))];
  const got = [];
  try {
    for (const f of asyncio.as_completed(ts, { timeout: 0.5 })) {
      try { got.push(await f); } catch (e) { if (!(e instanceof ValueError)) throw e; got.push(`err:${e.message}`); }
    }
  } catch (e) { if (!(e instanceof asyncio.TimeoutError)) throw e; print("timeout", e.name, `'${e.message}'`); }
  print("[" + got.map((x) => (typeof x === "string" ? `'${x}'` : x)).join(", ") + "]", "[" + ts.map((t) => B(t.done())).join(", ") + "]");
  print("late", await ts[2]);
}
await asyncio.run(main());
