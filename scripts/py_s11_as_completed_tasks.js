// Seed 003 "asyncio 使用最佳实践": create_task x2, then the three ways: direct await, gather, as_completed.
async function fetch_status(url) {
  await asyncio.sleep(url.includes("apple") ? 0.2 : 0.1);
  return { status: 200, url: url };
}

async function main() {
  const start = time.time();
  const apple_task = asyncio.create_task(fetch_status("https://www.apple.com"));
  const google_task = asyncio.create_task(fetch_status("https://www.google.com"));
  const tasks = [apple_task, google_task];
  for (const future of asyncio.as_completed(tasks)) {
    const result = await future;
    print(result.url, (time.time() - start).toFixed(1));
  }
  const results = await asyncio.gather(...tasks);
  for (const result of results) {
    print(result.url);
  }
  print(apple_task.result().url, google_task.result().url);
}

await asyncio.run(main());
