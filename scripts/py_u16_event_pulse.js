const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => typeof x === "string" ? `'${x}'` : Array.isArray(x) ? pylist(x) : String(x)).join(", ") + "]";

// Broadcasts ticks: every tick sets a fresh Event that waiters can sleep on.
class Clock {
  constructor() {
    this.tick = 0;
    this.event = new asyncio.Event();
  }
  pulse() {
    this.tick += 1;
    const old = this.event;
    this.event = new asyncio.Event();
    old.set();
  }
  async next_tick() {
    await this.event.wait();
    return this.tick;
  }
}

async function listener(name, clock, want) {
  const got = [];
  while (got.length < want) {
    const t = await clock.next_tick();
    got.push(t);
    print(el(), name, "saw tick", t);
    if (name === "slow") await asyncio.sleep(0.15);
  }
  return got;
}

const ready_gate = asyncio.coroutine(async function (name, ready, results) {
  print(el(), name, "waiting for ready");
  await ready.wait();
  results.push(name);
  print(el(), name, "proceeds");
});

async function main() {
  const ready = new asyncio.Event();
  const results = [];
  const gates = ["g1", "g2", "g3"].map(n => asyncio.create_task(ready_gate(n, ready, results)));
  await asyncio.sleep(0.1);
  print(el(), "ready.set(); is_set:", ready.is_set() ? "True" : "False");
  ready.set();
  print(el(), "after set, before yielding:", pylist(results));
  await asyncio.gather(...gates);
  ready.clear();
  const late = asyncio.create_task(ready_gate("late", ready, results));
  await asyncio.sleep(0.04);
  print(el(), "late done?", late.done() ? "True" : "False");
  ready.set();
  await late;

  const clock = new Clock();
  const ls = [asyncio.create_task(listener("fast", clock, 3)), asyncio.create_task(listener("slow", clock, 2))];
  for (let i = 0; i < 5; i++) {
    await asyncio.sleep(0.1);
    clock.pulse();
  }
  print(el(), "listeners:", pylist(await asyncio.gather(...ls)));
}

await asyncio.run(main());
