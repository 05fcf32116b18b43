// Seed 003 "方法三": as_completed yields results in completion order; one raises
class ConnectionError extends Error { get name() { return "ConnectionError"; } }

async function fetch_status(url, delay) {
  await asyncio.sleep(delay);
  if (url.includes("bad")) {
    throw new ConnectionError(`cannot reach ${url}`);
  }
  return { status: 200, url: url };
}

async function main() {
  const tasks = [["apple", 0.3], ["google", 0.1], ["bad.example", 0.2], ["bing", 0.25]]
    .map(([u, d]) => asyncio.create_task(fetch_status(u, d)));
  for (const future of asyncio.as_completed(tasks)) {
    try {
      const result = await future;
      print(result.status, result.url, Math.round((time.perf_counter() - t0) * 100) / 100);
    } catch (e) {
      if (!(e instanceof ConnectionError)) throw e;
      print("error", e.message, Math.round((time.perf_counter() - t0) * 100) / 100);
    }
  }
}

const t0 = time.perf_counter();
await asyncio.run(main());
