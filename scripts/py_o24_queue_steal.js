let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
async function getter(name, q) {
  log(name, "get");
  const it = await q.get();
  log(name, "got", it);
  return it;
}
async function thief(q) {
  await asyncio.sleep(0);
  log("thief", "put 1");
  q.put_nowait(1);
  log("thief", "steal", q.get_nowait());
  q.put_nowait(2);
  q.put_nowait(3);
  log("thief", "put 2,3");
  await asyncio.sleep(0);
  log("thief", "put 4");
  q.put_nowait(4);
  q.put_nowait(5);;
}
async function main() {
  t0 = asyncio.get_running_loop().time();
  const q = new asyncio.Queue();
  const gs = [0, 1, 2, 3].map((i) => asyncio.create_task(getter(`g${i}`, q)));
  const th = asyncio.create_task(thief(q));
  const r = await asyncio.gather(...gs, th);
  log("main", "[" + r.slice(0, 4).join(", ") + "]", q.qsize());
}
await asyncio.run(main());
