let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
async function w(name, n, d = 0) {
  for (let i = 0; i < n; i++) await asyncio.sleep(0);
  if (d) await asyncio.sleep(d);
  log(name, "finish");
  return name;
}
async function main() {
  t0 = asyncio.get_running_loop().time();
  const ts = [asyncio.create_task(w("a", 2)), asyncio.create_task(w("b", 1)), asyncio.create_task(w("c", 1)),
    asyncio.create_task(w("d", 0, 0.01)), asyncio.create_task(w("e", 1, 0.01)), asyncio.create_task(w("f", 3, 0.01))];
  let pending = new Set(ts);
  let rnd = 0;
  while (pending.size) {
    let done;
    [done, pending] = await asyncio.wait(pending, { return_when: asyncio.FIRST_COMPLETED });
    log("round", rnd, "done", [...done].map((t) => t.result()).sort().join(","), "pending", pending.size);
    rnd++;
  }
  log("main", "end");
}
await asyncio.run(main());
