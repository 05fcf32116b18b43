const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }

async function quote(vendor, delay, price) {
  try {
    await asyncio.sleep(delay);
    if (price === null) throw new ValueError(`${vendor} returned garbage`);
    return [vendor, price];
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), "quote from", vendor, "cancelled");
    throw e;
  }
}

async function best_quote(specs, budget) {
  const tasks = specs.map(s => asyncio.create_task(quote(...s)));
  let best = null;
  let seen = 0;
  try {
    for (const fut of asyncio.as_completed(tasks, { timeout: budget })) {
      let vendor, price;
      try {
        [vendor, price] = await fut;
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        print(el(), "skip:", e.message);
        continue;
      }
      seen += 1;
      print(el(), `quote ${vendor}: ${price}`);
      if (best === null || price < best[1]) best = [vendor, price];
    }
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), "budget exhausted after", seen, "quotes");
  } finally {
    const pending = tasks.filter(t => !t.done());
    for (const t of pending) t.cancel();
    await asyncio.gather(...pending, { return_exceptions: true });
    print(el(), "cleaned up", pending.length, "pending");
  }
  return best;
}

const fmt = (b) => b === null ? "None" : `('${b[0]}', ${b[1]})`;

async function main() {
  const specs = [["acme", 0.2, 30], ["globex", 0.1, 42], ["initech", 0.3, null], ["umbrella", 0.6, 10], ["hooli", 0.4, 25]];
  print(el(), "best:", fmt(await best_quote(specs, 0.5)));
  print(el(), "best:", fmt(await best_quote(specs.slice(0, 3), 1.0)));
}

await asyncio.run(main());
