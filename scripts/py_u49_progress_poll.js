const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";

class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }

async function convert(name, secs, fail = false) {
  await asyncio.sleep(secs);
  if (fail) throw new ValueError(`${name}: unsupported codec`);
  return `${name}.mp4`;
}

async function main() {
  const specs = [["intro", 0.12], ["talk", 0.47], ["demo", 0.23, true], ["outro", 0.08], ["qa", 0.31]];
  let pending = new Set(specs.map(s => asyncio.create_task(convert(...s), { name: s[0] })));
  const total = pending.size;
  const outputs = [], failures = [];
  while (pending.size) {
    let done;
    [done, pending] = await asyncio.wait(pending, { timeout: 0.1 });
    for (const t of [...done].sort((a, b) => a.get_name() < b.get_name() ? -1 : 1)) {
      if (t.exception()) failures.push(t.get_name());
      else outputs.push(t.result());
    }
    const pct = Math.floor(100 * (total - pending.size) / total);
    print(el(), `progress ${String(pct).padStart(3)}% (${outputs.length} ok, ${failures.length} failed)`);
  }
  print(el(), "outputs", pylist(outputs));
  print(el(), "failures", pylist(failures));
}

await asyncio.run(main());
