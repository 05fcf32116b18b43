const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";

const LATENCY = { users: 0.1, orders: 0.33, stock: 0.21, prices: 0.9, ads: 0.45, reviews: 0.16 };

class ConnectionError extends Error {
  constructor(m) { super(m); this.name = "ConnectionError"; }
}

async function request(endpoint) {
  try {
    await asyncio.sleep(LATENCY[endpoint]);
    if (endpoint === "stock") throw new ConnectionError(`${endpoint}: connection reset`);
    return { endpoint, size: endpoint.length * 100 };
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), "  request", endpoint, "cancelled");
    throw e;
  }
}

async function fetch_with_timeout(endpoint, per_request) {
  try {
    return await asyncio.wait_for(request(endpoint), per_request);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), "  timeout on", endpoint);
    return { endpoint, size: 0 };
  }
}

async function main() {
  const collected = [];
  const errors = [];
  try {
    await asyncio.timeout(0.4).with(async () => {
      for (const fut of asyncio.as_completed(Object.keys(LATENCY).map(e => fetch_with_timeout(e, 0.35)))) {
        let r;
        try {
          r = await fut;
        } catch (e) {
          if (!(e instanceof ConnectionError)) throw e;
          errors.push(e.message);
          print(el(), "error:", e.message);
          continue;
        }
        collected.push(r.endpoint);
        print(el(), "got", r.endpoint, r.size);
      }
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), "overall deadline hit");
  }
  print(el(), "collected", pylist(collected));
  print(el(), "errors", pylist(errors));
  await asyncio.sleep(0.1);
  print(el(), "tasks left", asyncio.all_tasks().size);
}

await asyncio.run(main());
