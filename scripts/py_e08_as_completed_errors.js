class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function job(n, d, fail) {
  await asyncio.sleep(d);
  if (fail) throw new ValueError(`job ${n}`);
  return n;
}
async function main() {
  const aws = [job(1, 0.3, false), job(2, 0.1, true), job(3, 0.2, false), job(4, 0.4, true)];
  let i = 0;
  for (const f of asyncio.as_completed(aws)) {
    try { print(i, "ok", await f); } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      print(i, e.name, e.message);
    }
    i++;
  }
  const ts = [[5, 0.1, true], [6, 0.2, false]].map(([n, d, fl]) => asyncio.create_task(job(n, d, fl)));
  for (const f of asyncio.as_completed(ts)) {
    try { await f; } catch (e) { print("stop at", e.message); break; }
  }
  await asyncio.sleep(0.3);
  print("[" + ts.map((t) => (t.done() ? "True" : "False")).join(", ") + "]", ts[1].result());
}
await asyncio.run(main());
