// Port of seed 000's test5.py ("锁 lock"): three requests made at once, each inside `async with lock`, run
// one at a time, so the whole takes three seconds instead of one. asyncio.sleep stands in for the request
// to the article's test server (FastAPI, `await asyncio.sleep(1); return {"msg": "ok"}`).
const lock = new asyncio.Lock();

// The test server's answer, one second after the request.
async function get(url) {
  await asyncio.sleep(1);
  return { msg: "ok" };
}

async function run(url, id) {
  return await lock.with(async () => {
    const resp = await get(url);
    print("响应内容", resp);
    return id;
  });
}

async function main(workers, url) {
  const futures = [];
  for (let i = 0; i < workers; i++) {
    futures.push(asyncio.ensure_future(run(url, i)));
  }
  const rets = await asyncio.gather(...futures);
  print(rets);
}

const loop = asyncio.get_event_loop();
const start = time.time();
await loop.run_until_complete(main(3, "http://127.0.0.1:8000/"));
const end = time.time();
print("耗时:", (end - start).toFixed(1));
