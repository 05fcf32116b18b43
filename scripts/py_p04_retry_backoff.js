const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

class TransientError extends Error {
  constructor(msg) { super(msg); this.name = "TransientError"; }
}

const attempts = {};

async function flaky_fetch(name, fail_times, latency) {
  const n = (attempts[name] || 0) + 1;
  attempts[name] = n;
  print(el(), `${name}: attempt ${n}`);
  await asyncio.sleep(latency[n - 1]);
  if (n <= fail_times) throw new TransientError(`${name} failed on attempt ${n}`);
  return `${name}-data`;
}

async function with_retries(name, fail_times, latency, retries = 4, timeout = 0.27) {
  let delay = 0.1;
  for (let attempt = 1; attempt <= retries; attempt++) {
    try {
      return await asyncio.wait_for(flaky_fetch(name, fail_times, latency), timeout);
    } catch (e) {
      if (e instanceof asyncio.TimeoutError) print(el(), `${name}: timed out`);
      else if (e instanceof TransientError) print(el(), `${name}: error: ${e.message}`);
      else throw e;
    }
    if (attempt === retries) break;
    print(el(), `${name}: backing off ${delay.toFixed(1)}s`);
    await asyncio.sleep(delay);
    delay *= 2;
  }
  throw new asyncio.RuntimeError(`${name}: giving up`);
}

async function main() {
  const results = await asyncio.gather(
    with_retries("alpha", 2, [0.06, 0.06, 0.06]),
    with_retries("beta", 0, [0.5, 0.1, 0.5]),
    with_retries("gamma", 9, [0.02, 0.02, 0.02, 0.02]),
    { return_exceptions: true },
  );
  for (const r of results) print(el(), "result:", typeof r === "string" ? r : `${r.name}: ${r.message}`);
}

await asyncio.run(main());
