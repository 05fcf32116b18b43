class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function ok(n, d) { await asyncio.sleep(d); return n; }
async function bad(n, d) { await asyncio.sleep(d); throw new ValueError(n); }
const names = (s) => [...s].map((t) => t.get_name()).sort().join(",");
async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const el = () => (loop.time() - t0).toFixed(1);
  const ts = [[1, 0.3], [2, 0.1], [3, 0.2]].map(([i, d]) => asyncio.create_task(ok(i, d), { name: `t${i}` }));
  let [done, pending] = await asyncio.wait(ts, { return_when: asyncio.FIRST_COMPLETED });
  print("FC", names(done), "|", names(pending), el());
  [done, pending] = await asyncio.wait(ts);
  print("AC", names(done), "|", names(pending), el());
  const us = [asyncio.create_task(ok("u1", 0.5), { name: "u1" }), asyncio.create_task(bad("u2", 0.2), { name: "u2" }), asyncio.create_task(ok("u3", 0.1), { name: "u3" })];
  [done, pending] = await asyncio.wait(us, { return_when: asyncio.FIRST_EXCEPTION });
  print("FE", names(done), "|", names(pending), el());
  [done, pending] = await asyncio.wait(us, { timeout: 0.1 });
  print("TO", names(done), "|", names(pending), el());
  const vs = [asyncio.create_task(ok("v1", 0.5), { name: "v1" })];
  [done, pending] = await asyncio.wait(vs, { return_when: asyncio.FIRST_EXCEPTION });
  print("FE-noexc", names(done), "|", names(pending), el());
  [done, pending] = await asyncio.wait([...us, ...vs], { timeout: 0 });
  print("T0", names(done), "|", names(pending), el());
  print("u2 exc", us[1].exception().message);
}
await asyncio.run(main());
