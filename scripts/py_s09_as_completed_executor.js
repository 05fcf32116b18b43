// Seed 003: async_get_content wraps run_in_executor (own pool each); main iterates as_completed.
const { ThreadPoolExecutor } = require("concurrent.futures");

function get_content(url) {
  time.sleep(url.includes("apple") ? 1 : 0.5);
  return "content of " + url;
}

async function async_get_content(loop, url) {
  return await new ThreadPoolExecutor().with(async (pool) => {
    const result = await loop.run_in_executor(pool, get_content, url);
    return result;
  });
}

async function main() {
  const start = time.time();
  const loop = asyncio.get_running_loop();
  const gather_google = async_get_content(loop, "https://google.com");
  const gather_apple = async_get_content(loop, "https://apple.com");
  const tasks = [gather_apple, gather_google];
  for (const future of asyncio.as_completed(tasks)) {
    const result = await future;
    print(result, (time.time() - start).toFixed(1));
  }
}

await asyncio.run(main());
