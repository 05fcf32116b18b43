// Seed 000: ensure_future for each request, then main waits "the clumsy way" (sleep) so the tasks finish.
async function get(url) {
  await asyncio.sleep(1);
  return "ok";
}

async function run(url, id) {
  const resp = await get(url);
  print("响应内容", id, resp);
  return id;
}

async function main(workers, url) {
  for (let i = 0; i < workers; i++) {
    asyncio.ensure_future(run(url, i));
  }
  // 笨办法: wait for every task
  await asyncio.sleep(2);
}

const start = time.time();
const loop = asyncio.get_event_loop();
await loop.run_until_complete(main(3, "http://127.0.0.1:8000/"));
print("耗时:", (time.time() - start).toFixed(1));
