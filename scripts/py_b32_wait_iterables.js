// exit: 1
const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function work(n) {
  await asyncio.sleep(0.01 * n);
  return n;
}
async function main() {
  const t1 = asyncio.create_task(work(1));
  const t2 = asyncio.create_task(work(2));
  let [done, pending] = await asyncio.wait(new Set([t1, t2]));
  print("set:", done.size, pending.size);
  [done, pending] = await asyncio.wait((function* () { for (const t of [t1, t2]) yield t; })());
  print("generator:", done.size, pending.size);
  [done, pending] = await asyncio.wait([t1, t1, t2]);
  print("duplicates:", done.size, pending.size);
  [done, pending] = await asyncio.wait(new Map([[t1, "a"], [t2, "b"]]).keys());
  print("dict keys:", done.size, pending.size);
  const t3 = asyncio.create_task(work(5));
  [done, pending] = await asyncio.wait([t1, t3], {timeout: 0});
  print("timeout 0 with one done:", done.size, pending.size);
  [done, pending] = await asyncio.wait([t1, t3], {return_when: asyncio.FIRST_COMPLETED});
  print("FIRST_COMPLETED with one already done:", done.size, pending.size);
  [done, pending] = await asyncio.wait([t3], {timeout: -5});
  print("negative timeout:", done.size, pending.size, P(t3.done()));
  await t3;
}
await asyncio.run(main());
