let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
async function party(name, b, pre, rounds) {
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < pre; i++) await asyncio.sleep(0);
    log(name, "arrive", r, b.n_waiting);
    const idx = await b.wait();
    log(name, "pass", r, idx);
  }
}
async function main() {
  t0 = asyncio.get_running_loop().time();
  const b = new asyncio.Barrier(3);
  const ts = [["a", 2], ["b", 0], ["c", 1]].map(([n, p]) => asyncio.create_task(party(n, b, p, 2)));
  await asyncio.gather(...ts);
  log("main", "end", b.n_waiting, b.broken ? "True" : "False");
}
await asyncio.run(main());
