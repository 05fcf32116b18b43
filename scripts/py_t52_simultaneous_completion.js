const w = asyncio.coroutine(async function w(n, d) { await asyncio.sleep(d); return n; });
const q = (xs) => "[" + xs.map((x) => `'${x}'`).join(", ") + "]";
async function main() {
  const ts = [[1, 0.2], [2, 0.1], [3, 0.1], [4, 0.3]].map(([i, d]) => asyncio.create_task(w(i, d), { name: `t${i}` }));
  const [done, pending] = await asyncio.wait(ts, { return_when: asyncio.FIRST_COMPLETED });
  print(q([...done].map((t) => t.get_name()).sort()), q([...pending].map((t) => t.get_name()).sort()));
  const order = [];
  for (const f of asyncio.as_completed([w("a", 0.1), w("b", 0.15), w("c", 0.05), w("d", 0.12)])) order.push(await f);
  print(q(order));
  await asyncio.wait(ts);
}
await asyncio.run(main());
