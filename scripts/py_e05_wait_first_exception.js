// exit: 1
const B = (x) => (x ? "True" : "False");
const L = (a) => "[" + a.map((s) => `'${s}'`).join(", ") + "]";
async function job(name, d, fail = false) {
  await asyncio.sleep(d);
  if (fail) throw new asyncio.RuntimeError(`${name} broke`);
  return name;
}
async function main() {
  const ts = [asyncio.create_task(job("a", 0.1), { name: "a" }), asyncio.create_task(job("b", 0.2, true), { name: "b" }), asyncio.create_task(job("c", 0.3), { name: "c" })];
  let [done, pending] = await asyncio.wait(ts, { return_when: asyncio.FIRST_EXCEPTION });
  print("done", L([...done].map((t) => t.get_name()).sort()), "pending", L([...pending].map((t) => t.get_name()).sort()));
  for (const t of [...done].sort((x, y) => (x.get_name() < y.get_name() ? -1 : 1))) {
    const e = t.exception();
    print(t.get_name(), e ? e.name : "None", e ? e.message : t.result());
  }
  const ts2 = [["d", 0.1], ["e", 0.2]].map(([n, d]) => asyncio.create_task(job(n, d)));
  [done, pending] = await asyncio.wait(ts2, { return_when: asyncio.FIRST_EXCEPTION });
  print(done.size, pending.size);
  const t3 = asyncio.create_task(job("f", 1));
  const t4 = asyncio.create_task(job("g", 0.3));
  asyncio.get_running_loop().call_later(0.1, () => t3.cancel());
  [done, pending] = await asyncio.wait([t3, t4], { return_when: asyncio.FIRST_EXCEPTION });
  print(done.size, pending.size, B(t3.cancelled()));
  await asyncio.wait(pending);
}
await asyncio.run(main());
