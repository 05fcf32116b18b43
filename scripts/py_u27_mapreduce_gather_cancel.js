const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pybool = (b) => b ? "True" : "False";

const TEXT = ["the quick brown fox", "jumps over the lazy dog", "the dog sleeps", "a fox runs", "over and over"];

async function mapper(i, line) {
  try {
    await asyncio.sleep(0.05 * (i % 3 + 1));
    const counts = new Map();
    for (const w of line.split(" ")) counts.set(w, (counts.get(w) || 0) + 1);
    return counts;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), `mapper ${i} cancelled`);
    throw e;
  }
}

async function reducer(parts) {
  await asyncio.sleep(0.03);
  const total = new Map();
  for (const p of parts) for (const [w, c] of p) total.set(w, (total.get(w) || 0) + c);
  return total;
}

async function shard(lines, offset) {
  const parts = await asyncio.gather(...lines.map((l, i) => mapper(offset + i, l)));
  return await reducer(parts);
}

async function main() {
  const shards = await asyncio.gather(shard(TEXT.slice(0, 2), 0), shard(TEXT.slice(2), 2));
  const total = await reducer(shards);
  const top = [...total].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, 4);
  print(el(), "top words:", "[" + top.map(([w, c]) => `('${w}', ${c})`).join(", ") + "]");

  // the same job under a deadline that is too short: the whole gather tree is cancelled
  const outer = asyncio.gather(shard(TEXT.slice(0, 3), 0), shard(TEXT.slice(3), 3));
  try {
    await asyncio.wait_for(outer, { timeout: 0.12 });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), "deadline: outer cancelled?", pybool(outer.cancelled()), "done?", pybool(outer.done()));
  }
  // a gather with one failing child does not cancel its siblings
  async function boom() {
    await asyncio.sleep(0.03);
    throw new RangeError("division by zero");
  }
  const sib = asyncio.ensure_future(mapper(9, "x y"));
  const g = asyncio.gather(boom(), sib);
  try {
    await g;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    print(el(), "gather raised", "ZeroDivisionError", "; sibling done?", pybool(sib.done()));
  }
  const ts = el();
  const r = await sib;
  print(ts, "sibling result", "{" + [...r].map(([w, c]) => `'${w}': ${c}`).join(", ") + "}");
}

await asyncio.run(main());
