const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

class Lcg {
  constructor(seed) { this.state = seed; }
  random() {
    this.state = Number((BigInt(this.state) * 1103515245n + 12345n) % (2n ** 31n));
    return this.state / 2 ** 31;
  }
}

class ServiceUnavailable extends Error {
  constructor(retry_after = null) {
    super(`503 retry_after=${retry_after === null ? "None" : retry_after}`);
    this.name = "ServiceUnavailable";
    this.retry_after = retry_after;
  }
}

async function call(attempt, plan) {
  await asyncio.sleep(0.02);
  const outcome = attempt < plan.length ? plan[attempt] : "ok";
  if (outcome === "ok") return "payload";
  if (outcome === "slow") await asyncio.sleep(10);
  throw new ServiceUnavailable(typeof outcome === "number" ? outcome : null);
}

async function call_with_budget(name, plan, budget, base = 0.03, cap = 0.2, seed = 1) {
  const rng = new Lcg(seed);
  let attempt = 0;
  try {
    return await asyncio.timeout(budget).with(async () => {
      while (true) {
        try {
          const r = await asyncio.wait_for(call(attempt, plan), 0.1);
          print(el(), name, "success on attempt", attempt + 1);
          return r;
        } catch (e) {
          if (!(e instanceof ServiceUnavailable || e instanceof asyncio.TimeoutError)) throw e;
          let delay;
          if (e instanceof ServiceUnavailable && e.retry_after !== null) delay = e.retry_after;
          else delay = Math.min(cap, base * 2 ** attempt) * (0.5 + rng.random() / 2);
          print(el(), name, `attempt ${attempt + 1}: ${e.name}; sleeping ${delay.toFixed(3)}`);
          attempt += 1;
          await asyncio.sleep(delay);
        }
      }
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), name, "budget exhausted after", attempt, "attempts");
    return null;
  }
}

async function main() {
  const results = await asyncio.gather(
    call_with_budget("A", ["err", "err", "ok"], 1.0),
    call_with_budget("B", ["slow", 0.12, "err", "ok"], 1.0, undefined, undefined, 2),
    call_with_budget("C", Array(20).fill("err"), 0.5, undefined, undefined, 3),
  );
  print(el(), "results:", "[" + results.map(r => r === null ? "None" : `'${r}'`).join(", ") + "]");
}

await asyncio.run(main());
