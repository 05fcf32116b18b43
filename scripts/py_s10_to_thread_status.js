// Seed 003 "to_thread将任意方法转为异步": two create_task(fetch_status) each awaiting to_thread(get, url).
function get(url) { // stands in for requests.get
  time.sleep(1);
  return { status_code: 200 };
}

async function fetch_status(url) {
  print(`fetching status for ${url}`);
  const response = await asyncio.to_thread(get, url);
  print("done");
  return { status: response.status_code, url: url };
}

async function main() {
  const start = time.time();
  const apple_task = asyncio.create_task(fetch_status("https://apple.com"));
  const google_task = asyncio.create_task(fetch_status("https://google.com"));
  const apple_status = await apple_task;
  const google_status = await google_task;
  print(apple_status.status, apple_status.url, google_status.status, google_status.url);
  print("elapsed", (time.time() - start).toFixed(1));
}

await asyncio.run({ main: main() });
