const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

async function sensor(q, readings) {
  for (const [delay, value] of readings) {
    await asyncio.sleep(delay);
    await q.put(value);
  }
  print(el(), "sensor offline");
}

const fmt = (v) => Number.isInteger(v) ? v.toFixed(1) : String(v);
async function monitor(q, idle_timeout, max_idle) {
  let idle_count = 0;
  const seen = [];
  while (true) {
    let value;
    try {
      value = await asyncio.wait_for(q.get(), { timeout: idle_timeout });
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      idle_count += 1;
      print(el(), `no data for ${idle_timeout}s (strike ${idle_count})`);
      if (idle_count >= max_idle) {
        print(el(), "giving up on sensor");
        break;
      }
      continue;
    }
    idle_count = 0;
    seen.push(value);
    print(el(), "reading", fmt(value));
  }
  return seen;
}

async function main() {
  const q = new asyncio.Queue();
  const readings = [[0.06, 20.1], [0.1, 20.4], [0.3, 21.0], [0.06, 21.2], [0.45, 19.8]];
  const s = asyncio.create_task(sensor(q, readings));
  const seen = await monitor(q, 0.2, 2);

  print(el(), "monitor saw", `[${seen.map(fmt).join(", ")}]`, "qsize", q.qsize());
  await s;
  print(el(), "after sensor finished, qsize", q.qsize(), "get_nowait ->", fmt(q.get_nowait()));
  try {
    q.get_nowait();
  } catch (e) {
    if (!(e instanceof asyncio.QueueEmpty)) throw e;
    print(el(), "queue empty, getters waiting:", 0);
  }
}

await asyncio.run(main());
