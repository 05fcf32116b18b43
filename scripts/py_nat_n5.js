const attempts = {};

async function flaky(name, failTimes) {
  attempts[name] = (attempts[name] || 0) + 1;
  await asyncio.sleep(0.1);
  if (attempts[name] <= failTimes) throw new ConnectionError(`${name} failed attempt ${attempts[name]}`);
  return `${name} ok after ${attempts[name]}`;
}

class ConnectionError extends Error {
  get name() { return "ConnectionError"; }
}

async function with_retry(name, failTimes, retries = 3, base = 0.2) {
  for (let attempt = 0; attempt < retries; attempt++) {
    try {
      return await flaky(name, failTimes);
    } catch (e) {
      if (!(e instanceof ConnectionError)) throw e;
      const wait = base * 2 ** attempt;
      print(`${e.message}; retrying in ${wait.toFixed(1)}`);
      await asyncio.sleep(wait);
    }
  }
  throw new RuntimeError(`${name} gave up`);
}

class RuntimeError extends Error {
  get name() { return "RuntimeError"; }
}

async function child(n) {
  await asyncio.sleep(0.05 * n);
  print("child", n, "done");
  return n;
}

async function parent() {
  const kids = [3, 2, 1].map((i) => asyncio.create_task(child(i)));
  return (await asyncio.gather(...kids)).reduce((a, b) => a + b, 0);
}

async function main() {
  const loop = asyncio.get_running_loop();
  const t0 = loop.time();
  const results = await asyncio.gather(with_retry("a", 0), with_retry("b", 2), with_retry("c", 5), parent(), { return_exceptions: true });
  for (const r of results) print(typeof r === "string" ? "str" : typeof r === "number" ? "int" : r.name, r instanceof Error ? r.message : r);
  try {
    await asyncio.timeout(0.3).with(async () => {
      await asyncio.gather(child(2), child(10));
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("group timed out");
  }
  print((loop.time() - t0).toFixed(2));
}

asyncio.run(main());
