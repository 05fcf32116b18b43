const py = (x) => x === true ? "True" : x === false ? "False" : x == null ? "None" : Array.isArray(x) ? "[" + x.map(rp).join(", ") + "]" : x instanceof Error ? x.message : String(x);
const rp = (x) => typeof x === "string" ? `'${x}'` : x instanceof Error ? `${x.name}(${x.message ? `'${x.message}'` : ""})` : py(x);
const P = (...a) => print(...a.map(py));
async function w(n, d) {
  await asyncio.sleep(d);
  return n;
}
async function main() {
  const loop = asyncio.get_running_loop();
  const collect = async (it) => { const out = []; for (const f of it) out.push(await f); return out; };
  let ts = [..."abcd"].map((n) => asyncio.create_task(w(n, 0.1)));
  P(await collect(asyncio.as_completed(ts)));
  ts = [["p", 0.2], ["q", 0.1], ["r", 0.2], ["s", 0.1]].map(([n, d]) => asyncio.create_task(w(n, d)));
  P(await collect(asyncio.as_completed([...ts].reverse())));
  const fs = [0, 1, 2].map(() => loop.create_future());
  for (const i of [2, 0, 1]) loop.call_soon((v) => fs[i].set_result(v), `f${i}`);
  P(await collect(asyncio.as_completed(fs)));
  const pre = asyncio.create_task(w("pre", 0));
  await asyncio.sleep(0.01);
  P(await collect(asyncio.as_completed([asyncio.create_task(w("late", 0.1)), pre])));
}
await asyncio.run(main());
