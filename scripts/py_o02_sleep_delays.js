let t0 = 0;
const T = () => (asyncio.get_running_loop().time() - t0).toFixed(2);
const log = (...a) => print(...a, T());
async function sleeper(name, delays) {
  for (let i = 0; i < delays.length; i++) {
    const d = delays[i];
    log(name, "before", i, d);
    await asyncio.sleep(d);
    log(name, "after", i);
  }
  return name;
}
async function main() {
  t0 = asyncio.get_running_loop().time();
  const specs = [["a", [0.02, 0.02, 0]], ["b", [0.02, 0, 0.02]], ["c", [0, 0.04]], ["d", [0.04, 0]], ["e", [0.01, 0.01, 0.01, 0.01]], ["f", [0.02, 0.02]]];
  const ts = specs.map(([n, d]) => asyncio.create_task(sleeper(n, d)));
  for (const t of ts) log("main got", await t);
}
await asyncio.run(main());
