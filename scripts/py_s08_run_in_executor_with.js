// Seed 003 "将asyncio 和 concurrent 多线程结合使用": run_in_executor inside `with ThreadPoolExecutor() as pool`.
const { ThreadPoolExecutor } = require("concurrent.futures");

function get_content(url) {
  time.sleep(1);
  return "content of " + url;
}

async function main() {
  const loop = asyncio.get_running_loop();
  const start = time.time();
  await new ThreadPoolExecutor().with(async (pool) => {
    const result1 = await loop.run_in_executor(pool, get_content, "https://www.google.com");
    const result2 = await loop.run_in_executor(pool, get_content, "https://www.apple.com");
    print(result1);
    print(result2);
  });
  print("elapsed", (time.time() - start).toFixed(1));
}

await asyncio.run(main());
