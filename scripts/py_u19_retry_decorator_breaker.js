const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.06) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)

class CircuitOpen extends Error { constructor(m) { super(m); this.name = "CircuitOpen"; } }
class ConnectionError extends Error { constructor(m) { super(m); this.name = "ConnectionError"; } }

class Breaker {
  constructor(threshold, cooldown) {
    this.threshold = threshold; this.cooldown = cooldown;
    this.failures = 0;
    this.opened_at = null;
  }
  check() {
    if (this.opened_at !== null) {
      if (time.time() - this.opened_at < this.cooldown) throw new CircuitOpen("circuit open");
      print(el(), "breaker: half-open, trying");
      this.opened_at = null;
    }
  }
  record(ok) {
    if (ok) this.failures = 0;
    else {
      this.failures += 1;
      if (this.failures >= this.threshold) {
        this.opened_at = time.time();
        print(el(), "breaker: OPEN after", this.failures, "failures");
      }
    }
  }
}

function retry(times, base_delay, timeout) {
  return (fn) => {
    const wrapper = async (...args) => {
      let last = null;
      for (let attempt = 1; attempt <= times; attempt++) {
        try {
          return await asyncio.wait_for(fn(...args), timeout);
        } catch (e) {
          if (!(e instanceof asyncio.TimeoutError || e instanceof ConnectionError)) throw e;
          last = e;
          print(el(), `${fn.name}(${args.join(", ")},) attempt ${attempt} failed: ${e.name}`);
          await asyncio.sleep(base_delay * 2 ** (attempt - 1));
        }
      }
      throw new asyncio.RuntimeError(`${fn.name} exhausted retries`, { cause: last });
    };
    Object.defineProperty(wrapper, "name", { value: fn.name });
    return wrapper;
  };
}

const breaker = new Breaker(3, 0.25);
const script = ["slow", "err", "err", "ok", "err", "err", "err", "ok", "ok", "ok", "ok"][Symbol.iterator]();

const get_user = retry(3, 0.03, 0.06)(async function get_user(uid) {
  breaker.check();
  const outcome = script.next().value;
  if (outcome === "slow") {
    try {
      await asyncio.sleep(1);
    } finally {
      breaker.record(false);
    }
  }
  await asyncio.sleep(0.01);
  breaker.record(outcome === "ok");
  if (outcome === "err") throw new ConnectionError("reset");
  return { id: uid };
});

async function main() {
  for (let uid = 1; uid < 6; uid++) {
    try {
      const ts = el();
      const u = await get_user(uid);
      print(ts, "got", `{'id': ${u.id}}`);
    } catch (e) {
      if (e instanceof CircuitOpen) {
        print(el(), "user", uid, "rejected:", e.message);
        await asyncio.sleep(0.15);
      } else if (e instanceof asyncio.RuntimeError) {
        print(el(), "user", uid, "error:", e.message, "| cause:", e.cause.name);
      } else throw e;
    }
  }
  print("get_user name:", get_user.name);
}

await asyncio.run(main());
