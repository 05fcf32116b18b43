const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

class EndOfStream {
  constructor(name, error = null) { this.name = name; this.error = error; }
}
class OSError extends Error { constructor(m) { super(m); this.name = "OSError"; } }

async function source(name, q, values, delay, fail_at = null) {
  try {
    for (let i = 0; i < values.length; i++) {
      await asyncio.sleep(delay);
      if (i === fail_at) throw new OSError(`${name} lost connection`);
      await q.put([name, values[i]]);
    }
    await q.put(new EndOfStream(name));
  } catch (e) {
    await q.put(new EndOfStream(name, e));
  }
}

async function merged(sources) {
  const q = new asyncio.Queue();
  const tasks = Object.entries(sources).map(([n, args]) => asyncio.create_task(source(n, q, ...args)));
  let live = tasks.length;
  const out = [];
  while (live) {
    const msg = await q.get();
    if (msg instanceof EndOfStream) {
      live -= 1;
      const status = msg.error ? `failed (${msg.error.message})` : "ended";
      print(el(), `stream ${msg.name} ${status}; ${live} live`);
      continue;
    }
    out.push(msg);
    print(el(), "merged", `('${msg[0]}', ${msg[1]})`);
  }
  await asyncio.gather(...tasks);
  return out;
}

async function main() {
  const out = await merged({
    temp: [[21, 22, 23], 0.1],
    hum: [[40, 41, 42, 43], 0.07, 2],
    wind: [[5], 0.22],
  });
  const by = ["temp", "hum", "wind"].map(n => `'${n}': [${out.filter(([s]) => s === n).map(([, v]) => v).join(", ")}]`);
  print(el(), "total", out.length, "by source:", `{${by.join(", ")}}`);
}

await asyncio.run(main());
